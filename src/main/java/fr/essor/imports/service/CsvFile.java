package fr.essor.imports.service;

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
 * writes them. The header's line is line 1.
 */
final class CsvFile {

    private CsvFile() {
    }

    /** The header names, and each data record in turn with its line number. */
    static List<String> read(InputStream input, RecordVisitor visitor) {
        try (BufferedReader reader = new BufferedReader(utf8(input), 1 << 16)) {
            skipByteOrderMark(reader);
            char separator = separatorOf(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true)
                    .setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                List<String> header = new ArrayList<>();
                if (records.hasNext()) {
                    records.next().forEach(header::add);
                }
                visitor.start(header);
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    visitor.record(record.getRecordNumber(), record);
                }
                return header;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        // A byte that is not UTF-8 becomes U+FFFD and the line shows it, rather than the import stopping.
        return new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** The separator the first line uses most outside quotes; a comma when it has none. */
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
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
