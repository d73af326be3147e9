package fr.essor.csvimport.service;

import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file record by record (Apache Commons CSV), never whole: UTF-8 with or without a byte
 * order mark, comma, semicolon or tab separated (the one the header line uses most), quotes as Excel
 * writes them. The header's line is line 1. A file that is not UTF-8 text (Excel's "CSV" in Windows-1252,
 * UTF-16, a spreadsheet renamed .csv) is refused with the line where it shows, rather than read into
 * figures and names with replacement characters.
 *
 * <p>What one file may hold in memory is bounded whatever it contains: at most {@link #MAX_COLUMNS}
 * columns and lines of at most {@link #MAX_LINE_CHARS} characters, each refused with the line it shows on.
 */
final class CsvFile {

    /**
     * Far more than any export of figures has (Viva Engage's widest has 20): the import's mapping offers
     * each column in each field's list, so a file of 20,000 columns once held half a gigabyte per session.
     */
    static final int MAX_COLUMNS = 200;

    /**
     * 64 K characters: 200 columns of 300 characters, or thirty notes of the longest Essor keeps (2,000),
     * still fit on one line. The parser keeps a whole record in memory, so this bounds what one line costs
     * (about 128 KB of text) whatever the file is; a longer line is a cell whose quote was never closed.
     */
    static final int MAX_LINE_CHARS = 64 * 1024;

    private CsvFile() {
    }

    /** The header names, and each data record in turn with its line number. */
    static List<String> read(InputStream input, RecordVisitor visitor) {
        try (BufferedReader reader = new BufferedReader(utf8(input), 1 << 16)) {
            skipByteOrderMark(reader);
            char separator = separatorOf(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true)
                    .setIgnoreEmptyLines(true).get();
            Reader bounded = new LineLengthLimit(reader, MAX_LINE_CHARS);
            try (CSVParser parser = CSVParser.builder().setReader(bounded).setFormat(format).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                List<String> header = new ArrayList<>();
                if (records.hasNext()) {
                    CSVRecord first = records.next();
                    refuseIfTooWide(first);
                    refuseIfNotText(first);
                    first.forEach(header::add);
                }
                visitor.start(header);
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    refuseIfTooWide(record);
                    refuseIfNotText(record);
                    visitor.record(record.getRecordNumber(), record);
                }
                return header;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseIfTooWide(CSVRecord record) {
        if (record.size() > MAX_COLUMNS) {
            throw tooWide(record.getRecordNumber());
        }
    }

    private static RuleViolationException tooWide(long line) {
        return new RuleViolationException(List.of(Violation.of("file", "import.file.tooManyColumns", line, MAX_COLUMNS)));
    }

    /**
     * A byte that is not UTF-8 was decoded as U+FFFD (so the line where it shows can be named, which a
     * decoder reading ahead cannot do); a NUL is never in a CSV file's text but is all over UTF-16 and
     * spreadsheets. Either way the whole file was written in something else: refused, not half read.
     */
    private static void refuseIfNotText(CSVRecord record) {
        for (String cell : record) {
            if (cell.indexOf('\uFFFD') >= 0 || cell.indexOf('\0') >= 0) {
                throw new RuleViolationException(List.of(Violation.of("file",
                        cell.indexOf('\0') >= 0 ? "import.file.notText" : "import.file.notUtf8", record.getRecordNumber())));
            }
        }
    }

    /** Only the header: reading stops at its end. */
    static List<String> header(InputStream input) {
        List<String> found = new ArrayList<>();
        try {
            read(input, new RecordVisitor() {
                @Override
                public void start(List<String> header) {
                    found.addAll(header);
                    throw new HeaderRead();
                }

                @Override
                public void record(long line, CSVRecord record) {
                }
            });
        } catch (HeaderRead enough) {
            // the rest of the file is not needed
        }
        return found;
    }

    interface RecordVisitor {
        void start(List<String> header);

        /** @param line the record's number, the header being 1: the file's line when no cell spans lines and no line is blank */
        void record(long line, CSVRecord record);
    }

    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }

    private static Reader utf8(InputStream input) {
        return new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /**
     * The separator the first line uses most outside quotes; a comma when it has none. A first line with
     * more separators than {@link #MAX_COLUMNS} allows is refused here, before the parser holds it whole.
     */
    static char separatorOf(BufferedReader reader) throws IOException {
        reader.mark(1 << 15);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0, c = reader.read(); i < (1 << 15) - 1 && c != -1 && (quoted || (c != '\n' && c != '\r')); i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (Math.max(commas, Math.max(semicolons, tabs)) >= MAX_COLUMNS) {
            throw tooWide(1);
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
