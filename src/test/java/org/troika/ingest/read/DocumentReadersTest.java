package org.troika.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.extract.WorkingGroupReportExtractor;
import org.troika.state.StateRegistry;

/**
 * Each format is tested with a small file made in the test from real report text (Kazakhstan's second-cycle
 * report A/HRC/28/10, paragraph 124, as printed on pages 14 and 15), so that no binary fixture is committed.
 * A binary Word 97 (.doc) file cannot be made here — POI writes .doc only by changing an existing one — so
 * for .doc only the refusals are tested.
 */
class DocumentReadersTest {

    /** A/HRC/28/10, as two printed pages with their running header, job number and page numbers. */
    static final List<List<String>> KAZAKHSTAN_PAGES = List.of(
            List.of("A/HRC/28/10",
                    "124. The following recommendations enjoy the support of Kazakhstan, which considers that",
                    "they have already been implemented.",
                    "124.1 Adopt legislative measures to criminalize torture, violence against women and",
                    "trafficking in persons in line with international standards (Mexico);",
                    "124.2 Speed up the effective implementation of the six universal periodic review",
                    "recommendations made by the Czech Republic and accepted by Kazakhstan in 2010 (Czech",
                    "Republic);",
                    "14",
                    "GE.14-23907"),
            List.of("A/HRC/28/10",
                    "124.3 Adopt legislation for fighting discrimination, in particular discrimination against",
                    "women, and include mechanisms for effective protection and access to legal remedies",
                    "(Argentina);",
                    "124.4 Define criminal offences, in particular those in article 164 of the Criminal Code on",
                    "incitement to national, ethnic or racial enmity or discord, or insult to the national honour and",
                    "dignity or religious feelings of citizens, in accordance with international human rights law, and",
                    "giving special attention to the right to freedom of expression (Brazil);",
                    "15"));

    @TempDir
    Path dir;

    @Test
    void reads_the_text_of_a_pdf_page_after_page() throws IOException {
        Path pdf = dir.resolve("A_HRC_28_10.pdf");
        Files.write(pdf, pdf(KAZAKHSTAN_PAGES, null));

        DocumentText text = DocumentReaders.read(pdf);

        assertThat(text.format()).isEqualTo("pdf");
        assertThat(text.text()).contains("124.1 Adopt legislative measures to criminalize torture, violence against women and\n")
                .contains("GE.14-23907").contains("giving special attention to the right to freedom of expression (Brazil);")
                .containsSubsequence("(Czech\nRepublic);", "124.3 Adopt legislation");
    }

    @Test
    void gives_the_extractor_a_pdf_whose_page_furniture_it_removes() throws IOException {
        Path pdf = dir.resolve("A_HRC_28_10.pdf");
        Files.write(pdf, pdf(KAZAKHSTAN_PAGES, null));

        Extraction e = new WorkingGroupReportExtractor(StateRegistry.bundled()).extract(DocumentReaders.read(pdf).text());

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::paragraph).containsExactly("124.1", "124.2", "124.3", "124.4");
        assertThat(e.recommendations().get(1).text()).isEqualTo("Speed up the effective implementation of the six universal periodic "
                + "review recommendations made by the Czech Republic and accepted by Kazakhstan in 2010 (Czech Republic)");
        assertThat(e.recommendations()).extracting(ExtractedRecommendation::states)
                .containsExactly(List.of("MEX"), List.of("CZE"), List.of("ARG"), List.of("BRA"));
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void refuses_a_password_protected_pdf() throws IOException {
        Path pdf = dir.resolve("protected.pdf");
        Files.write(pdf, pdf(KAZAKHSTAN_PAGES, "secret"));

        assertThatThrownBy(() -> DocumentReaders.read(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(pdf + ": the PDF is password-protected");
    }

    @Test
    void refuses_a_truncated_pdf() throws IOException {
        byte[] whole = pdf(KAZAKHSTAN_PAGES, null);
        Path pdf = dir.resolve("truncated.pdf");
        Files.write(pdf, Arrays.copyOf(whole, 400));

        assertThatThrownBy(() -> DocumentReaders.read(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(pdf + ": ")
                .hasMessageContaining("PDF");
    }

    @Test
    void refuses_a_file_named_pdf_that_is_not_one() throws IOException {
        Path notPdf = dir.resolve("report.pdf");
        Files.write(notPdf, new byte[]{0x00, 0x01, 0x02, (byte) 0xFF, 0x10, 0x20});

        assertThatThrownBy(() -> DocumentReaders.read(notPdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(notPdf + ": named .pdf but it is not a PDF file (its content looks like unknown binary data starting 00 01 02 FF 10 20)");
    }

    @Test
    void reads_a_docx_paragraph_by_paragraph() throws IOException {
        Path docx = dir.resolve("A_HRC_28_10.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (List<String> page : KAZAKHSTAN_PAGES) {
                page.forEach(line -> doc.createParagraph().createRun().setText(line));
            }
            doc.write(out);
        }

        DocumentText text = DocumentReaders.read(docx);

        assertThat(text.format()).isEqualTo("docx");
        assertThat(text.text()).contains("124.1 Adopt legislative measures to criminalize torture, violence against women and\n"
                + "trafficking in persons in line with international standards (Mexico);\n");
    }

    @Test
    void refuses_a_zip_archive_that_is_not_a_word_document() throws IOException {
        Path zip = dir.resolve("recommendations.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("data.csv"));
            out.write("paragraph,text\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> DocumentReaders.read(zip))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(zip + ": a ZIP file but not a readable Word document");
    }

    @Test
    void refuses_an_office_file_that_holds_no_word_document() throws IOException {
        Path doc = dir.resolve("report.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> DocumentReaders.read(doc))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(doc + ": an Office file but not a Word document (no WordDocument stream; an Excel or PowerPoint file?)");
    }

    @Test
    void refuses_a_password_protected_word_file() throws IOException {
        Path doc = dir.resolve("protected.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> DocumentReaders.read(doc))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(doc + ": the Word document is password-protected");
    }

    @Test
    void reads_html_with_one_line_per_block() throws IOException {
        Path html = dir.resolve("A_HRC_28_10.html");
        Files.writeString(html, """
                <!DOCTYPE html><html><head><title>A/HRC/28/10</title><style>p{margin:0}</style></head><body>
                <p>124.1 Adopt legislative measures to criminalize torture, violence against women and trafficking in persons in line with international standards (Mexico);</p>
                <p>124.2 Speed up the effective implementation of the six universal periodic review recommendations made by the Czech Republic and accepted by Kazakhstan in 2010 (Czech&nbsp;Republic);</p>
                <script>var x = 1;</script></body></html>""", StandardCharsets.UTF_8);

        DocumentText text = DocumentReaders.read(html);

        assertThat(text.format()).isEqualTo("html");
        assertThat(text.text().lines()).containsExactly(
                "124.1 Adopt legislative measures to criminalize torture, violence against women and trafficking in persons in line with international standards (Mexico);",
                "124.2 Speed up the effective implementation of the six universal periodic review recommendations made by the Czech Republic and accepted by Kazakhstan in 2010 (Czech Republic);");
    }

    @Test
    void reads_utf8_with_and_without_byte_order_mark() throws IOException {
        String paragraph = "140.48 Lift restrictions on dual nationality for naturalized Slovene citizens (Türkiye);\n";
        Path plain = write("plain.txt", paragraph.getBytes(StandardCharsets.UTF_8));
        Path marked = write("marked.txt", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, paragraph.getBytes(StandardCharsets.UTF_8)));

        assertThat(DocumentReaders.read(plain)).isEqualTo(new DocumentText(paragraph, "text (UTF-8)"));
        assertThat(DocumentReaders.read(marked)).isEqualTo(new DocumentText(paragraph, "text (UTF-8)"));
    }

    @Test
    void reads_utf16_by_its_byte_order_mark_or_its_zero_bytes() throws IOException {
        String paragraph = "118.7 Ratify the Convention (Argentina) (Côte d’Ivoire);\r\n";
        Path marked = write("marked.txt", concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, paragraph.getBytes(StandardCharsets.UTF_16LE)));
        Path unmarked = write("unmarked.txt", paragraph.getBytes(StandardCharsets.UTF_16BE));

        assertThat(DocumentReaders.read(marked)).isEqualTo(new DocumentText("118.7 Ratify the Convention (Argentina) (Côte d’Ivoire);\n", "text (UTF-16LE)"));
        assertThat(DocumentReaders.read(unmarked)).isEqualTo(new DocumentText("118.7 Ratify the Convention (Argentina) (Côte d’Ivoire);\n", "text (UTF-16BE)"));
    }

    @Test
    void reads_windows_1252_and_mac_roman_by_their_typographic_quotes() throws IOException {
        // A/HRC/28/10, 124.21: the apostrophe of "Kazakhstan’s" is 0x92 in Windows-1252 and 0xD5 in Mac Roman.
        String paragraph = "124.21 Undertake a thorough review of the 2011 Law on Religious Associations with a view to ensuring its "
                + "compliance with Kazakhstan’s international obligations (Ireland);";
        Path windows = write("windows.txt", paragraph.getBytes(PlainTextDecoder.WINDOWS_1252));
        Path mac = write("mac.txt", paragraph.getBytes(PlainTextDecoder.MAC_ROMAN));

        assertThat(DocumentReaders.read(windows)).isEqualTo(new DocumentText(paragraph, "text (windows-1252)"));
        assertThat(DocumentReaders.read(mac)).isEqualTo(new DocumentText(paragraph, "text (x-MacRoman)"));
    }

    @Test
    void refuses_binary_garbage() throws IOException {
        byte[] garbage = new byte[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37 + 11);
        }
        Path file = write("report.txt", garbage);

        assertThatThrownBy(() -> DocumentReaders.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(file + ": binary data, not text");
    }

    @Test
    void names_a_missing_or_empty_file() throws IOException {
        Path missing = dir.resolve("missing.pdf");
        Path empty = write("empty.txt", new byte[0]);

        assertThatThrownBy(() -> DocumentReaders.read(missing)).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> DocumentReaders.read(empty)).hasMessage(empty + ": the file is empty");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] pdf(List<List<String>> pages, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 740);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
