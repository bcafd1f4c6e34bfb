package org.troika.ingest.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a CSV or TSV file as text without guessing silently: a byte-order mark decides (UTF-8, UTF-16LE/BE);
 * else the first 64 KB must be UTF-8, or else the file is read as Windows-1252 (which Latin-1 files are too).
 * Decoding stays strict to the end, so a bad byte deep in a large file stops the import with its line
 * instead of becoming a replacement character. NUL bytes without a UTF-16 mark mean binary data.
 */
final class TableText {

    private static final int SAMPLE = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Opened(TrackedReader reader, Charset charset) {
    }

    private TableText() {
    }

    static Opened open(InputStream raw, String file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE);
        in.mark(SAMPLE);
        byte[] head = in.readNBytes(SAMPLE);
        in.reset();
        Charset charset;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            int nul = indexOfNul(head);
            if (nul >= 0) {
                throw new BadTableException(file + ": binary data or UTF-16 without a byte-order mark (a NUL byte at offset " + nul
                        + "); save the table as UTF-8 text");
            }
            charset = isUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        in.skipNBytes(skip);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Opened(new TrackedReader(new InputStreamReader(in, decoder), file, charset), charset);
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Strict UTF-8, except that a character cut off by the end of the sample is no error. */
    private static boolean isUtf8(byte[] head) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = d.decode(ByteBuffer.wrap(head), java.nio.CharBuffer.allocate(head.length + 1), false);
        return !result.isError();
    }
}
