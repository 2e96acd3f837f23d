package org.agora.feed.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

import org.agora.feed.Attachment;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.SAXException;

/**
 * What a document says, read by Apache Tika's parsers for PDF, Word, Excel and PowerPoint (OOXML and the older binary
 * formats), OpenDocument, plain text and CSV; other files (a ZIP) have no text here. Reading is bounded: the first
 * {@link Attachment#MAX_TEXT} characters, for at most {@link #READING_TIME}, from the file on disk rather than memory.
 */
final class DocumentText {

    /** Past this, a document still giving out text is cut short, keeping what was read. */
    static final Duration READING_TIME = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(DocumentText.class.getName());

    /** Only the formats Agora takes; the detector sees inside ZIP and OLE containers to tell them apart. */
    private final AutoDetectParser parser = new AutoDetectParser(
            new DefaultDetector(MimeTypes.getDefaultMimeTypes(), DocumentText.class.getClassLoader()),
            new PDFParser(), new OOXMLParser(), new OfficeParser(), new OpenDocumentParser(), new TextAndCSVParser());

    /** Word and PowerPoint files read as a stream of XML events rather than a tree: less memory for large ones. */
    private final OfficeParserConfig office = new OfficeParserConfig();

    DocumentText() {
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
    }

    /**
     * The text of the document, or null when it has none or it cannot be read (damaged, encrypted): that is logged in
     * one line and never stops the upload.
     */
    String read(Path file, String fileName) {
        BodyContentHandler text = new BodyContentHandler(Attachment.MAX_TEXT);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream content = TikaInputStream.get(file, metadata)) {
            ParseContext context = new ParseContext();
            context.set(OfficeParserConfig.class, office);
            parser.parse(content, new Deadline(text, System.nanoTime() + READING_TIME.toNanos()), metadata, context);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return text.toString();
            }
            if (Deadline.isTimeUp(e)) {
                LOG.info(() -> "Read only part of " + fileName + ": it took over " + READING_TIME.toSeconds() + " s");
                return text.toString();
            }
            LOG.info(() -> "No searchable text in " + fileName + ": " + e);
            return null;
        } catch (LinkageError e) {
            // rare variants (a PDF encrypted for certificates) need libraries Agora does not ship
            LOG.info(() -> "No searchable text in " + fileName + ": " + e);
            return null;
        }
        return text.toString();
    }

    /** Stops a parse that is still giving out text when its time is up. */
    private static final class Deadline extends ContentHandlerDecorator {

        private final long endNanos;

        Deadline(BodyContentHandler text, long endNanos) {
            super(text);
            this.endNanos = endNanos;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (System.nanoTime() - endNanos > 0) {
                throw new TimeUp();
            }
            super.characters(ch, start, length);
        }

        static boolean isTimeUp(Throwable e) {
            Throwable cause = e;
            for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
                if (cause instanceof TimeUp) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class TimeUp extends SAXException {
        TimeUp() {
            super("time is up");
        }
    }
}
