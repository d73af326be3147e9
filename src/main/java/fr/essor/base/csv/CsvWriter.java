package fr.essor.base.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file for a spreadsheet in the reader's language: French gets semicolons and decimal commas,
 * English commas and decimal points. Numbers stay numbers (no thousands separator, no % sign: the unit
 * belongs in the header), dates are ISO 8601, and the bytes are UTF-8 with a BOM so Excel reads accents.
 * Text cells are always quoted, and every place in one where a spreadsheet could start a cell is neutralised
 * with an apostrophe when a formula would start there (=, +, -, @, tab, CR), as OWASP advises against CSV
 * injection: not only the cell's start, but also after each separator or line break a reader might split on
 * (a French file opened with commas, an English one with semicolons, a tab, a pipe, a CR or LF). Numbers Essor
 * formats itself are not text and stay plain, a negative one included.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Where a spreadsheet may begin a new cell when it reads the file with another separator or ignores the quotes. */
    private static final String CELL_BREAKS = ",;\t\r\n|";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final char separator;
    private final char decimalMark;
    private final StringBuilder text = new StringBuilder();

    private CsvWriter(char separator, char decimalMark) {
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    public static CsvWriter forLanguageOf(Locale locale) {
        return locale.getLanguage().equals("en") ? new CsvWriter(',', '.') : new CsvWriter(';', ',');
    }

    /** One line; a cell is a String, a whole number, a BigDecimal, a LocalDate, or null for an empty cell. */
    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public CsvWriter row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    public String text() {
        return text.toString();
    }

    public byte[] bytes() {
        byte[] body = text().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private String cell(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Integer whole -> whole.toString();
            case Long whole -> whole.toString();
            case BigDecimal decimal -> decimal.toPlainString().replace('.', decimalMark);
            case LocalDate day -> day.toString();
            default -> quoted(value.toString());
        };
    }

    /** Always quoted, so separators and line breaks stay inside their cell for a reader that honours quotes. */
    private static String quoted(String text) {
        return "\"" + neutralised(text).replace("\"", "\"\"") + "\"";
    }

    /** An apostrophe before each piece that would start a formula, were the cell split at any of {@link #CELL_BREAKS}. */
    private static String neutralised(String text) {
        StringBuilder safe = new StringBuilder(text.length() + 2);
        boolean pieceStarts = true;
        for (int i = 0; i < text.length(); i++) {
            if (pieceStarts && startsFormula(text, i)) {
                safe.append('\'');
            }
            char c = text.charAt(i);
            safe.append(c);
            pieceStarts = CELL_BREAKS.indexOf(c) >= 0;
        }
        return safe.toString();
    }

    /** Spreadsheets may trim a piece's spaces and a stray quote before reading it: they do not hide a formula. */
    private static boolean startsFormula(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '"')) {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
