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
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is neutralised with a
 * leading apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";
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

    /** Always quoted, so separators and line breaks stay inside their cell. */
    private static String quoted(String text) {
        String safe = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
