package org.agora.feed.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.agora.feed.Attachment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTextTest {

    private final DocumentText documentText = new DocumentText();

    @TempDir
    Path folder;

    @Test
    void readsTheTextOfAPdf() throws IOException {
        Path pdf = folder.resolve("upload.part");
        try (PDDocument document = pdf("Quarterly roadmap for the Lisbon office")) {
            document.save(pdf.toFile());
        }

        assertTrue(documentText.read(pdf, "roadmap.pdf").contains("Quarterly roadmap for the Lisbon office"));
    }

    @Test
    void readsTheTextOfWordDocumentsAndSpreadsheets() throws IOException {
        Path docx = folder.resolve("word.part");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("Minutes of the onboarding working group");
            document.write(out);
        }
        Path xlsx = folder.resolve("sheet.part");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Catering for the offsite");
            workbook.write(out);
        }

        assertTrue(documentText.read(docx, "minutes.docx").contains("Minutes of the onboarding working group"));
        assertTrue(documentText.read(xlsx, "budget.xlsx").contains("Catering for the offsite"));
    }

    @Test
    void readsTheOlderBinaryOfficeFormatsPresentationsAndOpenDocument() throws IOException {
        Path xls = folder.resolve("old-sheet.part");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Rota").createRow(0).createCell(0).setCellValue("Fire warden rota");
            workbook.write(out);
        }
        Path pptx = folder.resolve("slides.part");
        try (XMLSlideShow slides = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
            slides.createSlide().createTextBox().setText("Town hall agenda");
            slides.write(out);
        }
        Path odt = folder.resolve("writer.part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(odt))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                      <office:body><office:text><text:p>Parking rules for visitors</text:p></office:text></office:body>
                    </office:document-content>
                    """.getBytes(StandardCharsets.UTF_8));
        }
        Path csv = folder.resolve("table.part");
        Files.writeString(csv, "room,capacity\nBoardroom Aurora,12\n", StandardCharsets.UTF_8);

        assertTrue(documentText.read(xls, "rota.xls").contains("Fire warden rota"));
        assertTrue(documentText.read(pptx, "town-hall.pptx").contains("Town hall agenda"));
        assertTrue(documentText.read(odt, "parking.odt").contains("Parking rules for visitors"));
        assertTrue(documentText.read(csv, "rooms.csv").contains("Boardroom Aurora"));
    }

    @Test
    void keepsTheBeginningOfALongDocument() throws IOException {
        Path text = folder.resolve("long.part");
        Files.writeString(text, "opening words " + "filler ".repeat(Attachment.MAX_TEXT / 5) + "closing words",
                StandardCharsets.UTF_8);

        String read = documentText.read(text, "notes.txt");

        assertTrue(read.startsWith("opening words"));
        assertEquals(Attachment.MAX_TEXT, read.length());
    }

    @Test
    void aDamagedFileHasNoText() throws IOException {
        Path pdf = folder.resolve("damaged.part");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", StandardCharsets.US_ASCII);

        assertNull(documentText.read(pdf, "minutes.pdf"));
    }

    @Test
    void anEncryptedPdfHasNoText() throws IOException {
        Path pdf = folder.resolve("encrypted.part");
        try (PDDocument document = pdf("Salary review, confidential")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(pdf.toFile());
        }

        assertNull(documentText.read(pdf, "salaries.pdf"));
    }

    private static PDDocument pdf(String line) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            content.showText(line);
            content.endText();
        }
        return document;
    }
}
