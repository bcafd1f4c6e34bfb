package org.troika.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word documents: .docx (Office Open XML, POI XWPF) and the older binary .doc (POI HWPF). */
final class WordTextReader {

    private WordTextReader() {
    }

    static DocumentText readDocx(Path file, byte[] bytes) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return nonEmpty(file, extractor.getText(), "docx");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(file, "a ZIP file but not a readable Word document (.docx damaged, truncated, or another kind of archive): "
                    + firstLine(e), e);
        }
    }

    static DocumentText readDoc(Path file, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new UnreadableDocumentException(file, "the Word document is password-protected");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new UnreadableDocumentException(file, "an Office file but not a Word document (no WordDocument stream; an Excel or PowerPoint file?)");
            }
            try (HWPFDocument doc = new HWPFDocument(fs); WordExtractor extractor = new WordExtractor(doc)) {
                return nonEmpty(file, extractor.getText(), "doc");
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(file, "the Word document is password-protected", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException(file, "not a readable Word .doc file (damaged or truncated): " + firstLine(e), e);
        }
    }

    private static DocumentText nonEmpty(Path file, String text, String format) {
        if (text == null || text.isBlank()) {
            throw new UnreadableDocumentException(file, "the " + format + " document contains no text");
        }
        return new DocumentText(TextLines.normalise(text), format);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
