package org.troika.ingest.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/**
 * Text of a table file that knows its line (to name it when a byte cannot be decoded) and refuses a row
 * that grows past a limit, which is what an unclosed quote in a large file looks like: without the limit
 * the rest of the file would become one cell in memory.
 */
final class TrackedReader extends Reader {

    static final int MAX_ROW_CHARS = 4 * 1024 * 1024;

    private final Reader in;
    private final String file;
    private final Charset charset;
    private long lines = 1;
    private long rowStartLine = 1;
    private int rowChars;

    TrackedReader(Reader in, String file, Charset charset) {
        this.in = in;
        this.file = file;
        this.charset = charset;
    }

    /** Called when a row was read whole: the next one starts counting. */
    void rowDone(long nextRowLine) {
        rowChars = 0;
        rowStartLine = nextRowLine;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new BadTableException(file + ":" + lines + ": bytes that are not " + charset.name()
                    + " (the file starts as " + charset.name() + "; save it as UTF-8)", e);
        }
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                lines++;
            }
        }
        if (n > 0) {
            rowChars += n;
            if (rowChars > MAX_ROW_CHARS + 16_384) {
                throw new BadTableException(file + ":" + rowStartLine + ": a row longer than " + MAX_ROW_CHARS / (1024 * 1024)
                        + " MB of text (an unclosed quote?)");
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
