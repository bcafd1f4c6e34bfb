package org.troika.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF, page after page; page headers and footers are left for the extractor to recognise. */
final class PdfTextReader {

    private PdfTextReader() {
    }

    static DocumentText read(Path file, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException(file, "the PDF is encrypted and does not permit copying its text");
            }
            if (pdf.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException(file, "the PDF has no pages (is the file truncated?)");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                throw new UnreadableDocumentException(file, "the PDF has " + pdf.getNumberOfPages()
                        + " page(s) but no text layer (a scanned image? run OCR first)");
            }
            return new DocumentText(TextLines.normalise(text), "pdf");
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(file, "the PDF is password-protected", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "not a readable PDF (damaged or truncated): " + e.getMessage(), e);
        }
    }
}
