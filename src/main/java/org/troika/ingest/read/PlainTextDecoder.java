package org.troika.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decodes a plain-text file without guessing silently: a byte-order mark decides first, then strict UTF-8,
 * then the two single-byte encodings older UN text files come in (Windows-1252, and Mac Roman as in the
 * rochelleterman/uprs report texts), chosen by which of them yields typographic punctuation. Binary data
 * is refused rather than turned into text.
 */
final class PlainTextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final String TYPOGRAPHIC = "\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u2022\u00A0";

    private PlainTextDecoder() {
    }

    static DocumentText decode(Path file, byte[] bytes) {
        Optional<DocumentText> byMark = byByteOrderMark(file, bytes);
        if (byMark.isPresent()) {
            return byMark.get();
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            Charset utf16 = utf16WithoutMark(bytes);
            if (utf16 == null) {
                throw new UnreadableDocumentException(file, "binary data, not text (a NUL byte at offset " + nul + ")");
            }
            return checked(file, strict(file, bytes, 0, utf16), "text (" + utf16.name() + ")");
        }
        Optional<String> utf8 = tryStrict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return checked(file, utf8.get(), "text (UTF-8)");
        }
        Optional<String> windows = tryStrict(bytes, 0, WINDOWS_1252);
        String mac = new String(bytes, MAC_ROMAN);
        if (windows.isEmpty() || typographicCount(mac) > typographicCount(windows.get())) {
            return checked(file, mac, "text (x-MacRoman)");
        }
        return checked(file, windows.get(), "text (windows-1252)");
    }

    private static Optional<DocumentText> byByteOrderMark(Path file, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(checked(file, strict(file, b, 3, StandardCharsets.UTF_8), "text (UTF-8)"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(checked(file, strict(file, b, 2, StandardCharsets.UTF_16LE), "text (UTF-16LE)"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(checked(file, strict(file, b, 2, StandardCharsets.UTF_16BE), "text (UTF-16BE)"));
        }
        return Optional.empty();
    }

    /** English text in UTF-16 has a zero in every other byte; binary data does not. */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.9 && evenZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.9 && oddZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(Path file, byte[] bytes, int offset, Charset charset) {
        return tryStrict(bytes, offset, charset).orElseThrow(() -> new UnreadableDocumentException(file,
                "declared as " + charset.name() + " (by its byte-order mark or byte pattern) but contains bytes that are not " + charset.name()));
    }

    private static Optional<String> tryStrict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Control characters other than tab, line breaks and form feed mean the file is not text. */
    private static DocumentText checked(Path file, String text, String format) {
        int controls = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (controls > 0 && controls * 1000L > text.length()) {
            throw new UnreadableDocumentException(file, "binary data, not text (" + controls + " control characters, the first at character " + first + ")");
        }
        return new DocumentText(TextLines.normalise(text), format);
    }

    private static int typographicCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (TYPOGRAPHIC.indexOf(s.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
