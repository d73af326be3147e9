package fr.essor.csvimport.service;

import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Refuses a line longer than the limit as soon as its characters pass it, naming the line as an editor
 * counts it. The CSV parser keeps a whole record in memory: without this, one 60 MB line (or a quote never
 * closed) would be held whole, several times over, before any rule could look at it.
 */
final class LineLengthLimit extends FilterReader {

    private final int maxChars;
    private long line = 1;
    private int length;

    LineLengthLimit(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c != -1) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = 0; i < read; i++) {
            count(buffer[offset + i]);
        }
        return read;
    }

    private void count(char c) {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > maxChars) {
            throw new RuleViolationException(List.of(Violation.of("file", "import.file.lineTooLong", line, maxChars)));
        }
    }
}
