package org.troika.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads any document a UN report comes in — PDF, Word (.docx, .doc), HTML or plain text — as text.
 * The format is decided by the file's content; a file whose name promises a format its content
 * does not have is refused with a message naming the file and what it really looks like.
 */
public final class DocumentReaders {

    private DocumentReaders() {
    }

    public static DocumentText read(Path file) {
        byte[] bytes = bytesOf(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(file, "the file is empty");
        }
        DocumentFormat found = DocumentFormat.detect(Arrays.copyOf(bytes, Math.min(bytes.length, 1024)), name);
        DocumentFormat promised = DocumentFormat.promisedBy(name);
        if (promised != null && promised != found && !(promised == DocumentFormat.DOC && found == DocumentFormat.DOCX)
                && !(promised == DocumentFormat.DOCX && found == DocumentFormat.DOC)) {
            throw new UnreadableDocumentException(file, "named ." + DocumentFormat.extensionOf(name)
                    + " but it is not a " + promised.name() + " file (its content looks like " + describe(found, bytes) + ")");
        }
        return switch (found) {
            case PDF -> PdfTextReader.read(file, bytes);
            case DOCX -> WordTextReader.readDocx(file, bytes);
            case DOC -> WordTextReader.readDoc(file, bytes);
            case HTML -> HtmlTextReader.read(file, bytes);
            case TEXT -> PlainTextDecoder.decode(file, bytes);
        };
    }

    private static byte[] bytesOf(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException(file, "is a directory, not a document");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException(file, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String describe(DocumentFormat found, byte[] bytes) {
        if (found != DocumentFormat.TEXT) {
            return found.name();
        }
        int n = Math.min(bytes.length, 16);
        StringBuilder hex = new StringBuilder();
        boolean printable = true;
        for (int i = 0; i < n; i++) {
            hex.append(String.format("%02X ", bytes[i] & 0xFF));
            printable &= (bytes[i] & 0xFF) >= 0x09 && (bytes[i] & 0xFF) != 0x7F;
        }
        return printable ? "plain text" : "unknown binary data starting " + hex.toString().trim();
    }
}
