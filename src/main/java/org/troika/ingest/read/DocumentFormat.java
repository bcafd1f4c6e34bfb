package org.troika.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file is, judged from its first bytes first and its name second: a misnamed file is caught, not trusted. */
enum DocumentFormat {
    PDF, DOCX, DOC, HTML, TEXT;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    static DocumentFormat detect(byte[] head, String fileName) {
        if (startsWith(head, PDF_MAGIC) || pdfMagicWithin(head)) {
            return PDF;
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return DOCX;
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return DOC;
        }
        if (looksLikeHtml(head) || extensionOf(fileName).matches("html?|xhtml")) {
            return HTML;
        }
        return TEXT;
    }

    /** The format a file's name promises, or null when the name promises nothing in particular. */
    static DocumentFormat promisedBy(String fileName) {
        return switch (extensionOf(fileName)) {
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            case "doc" -> DOC;
            default -> null;
        };
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** PDF readers accept a few bytes of junk before the header (the PDF specification allows it up to 1024 bytes). */
    private static boolean pdfMagicWithin(byte[] head) {
        String ascii = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
        return ascii.contains("%PDF-");
    }

    private static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml") && start.contains("<html");
    }
}
