package org.agora.feed.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.agora.feed.Attachment;
import org.agora.feed.Attachments;
import org.agora.feed.Post;
import org.agora.shared.AfterCommit;
import org.agora.shared.InvalidInputException;
import org.agora.shared.Pictures;
import org.agora.shared.TooLargeException;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachments' rows and bytes. An upload streams to a temporary file (never whole into memory), is identified from its
 * bytes by Apache Tika, pictures are decoded and given a thumbnail, documents' text is read for search, and the file
 * only takes its final name when the transaction that records it commits; files of deleted attachments go once their
 * deletion commits.
 */
@ApplicationScoped
class AttachmentStore {

    /** Decoded, thumbnailed and shown inline. */
    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif");
    /** Offered for download, always as a download, never rendered in Agora's pages. */
    static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf", "text/plain", "text/csv", "text/markdown", "text/x-web-markdown",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/zip");
    static final int THUMBNAIL_WIDTH = 720;
    static final int THUMBNAIL_HEIGHT = 540;
    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "agora.media.dir")
    String mediaDir;

    @Inject
    @ConfigProperty(name = "agora.attachments.max-mb", defaultValue = "20")
    int maxMegabytes;

    private final Tika tika = new Tika();
    private final DocumentText documentText = new DocumentText();

    Attachment store(long uploaderId, String offeredName, InputStream content) {
        String fileName = fileName(offeredName);
        Path upload = spool(content);
        boolean kept = false;
        try {
            String mediaType = detect(upload, fileName);
            BufferedImage thumbnail = null;
            Integer width = null;
            Integer height = null;
            if (IMAGE_TYPES.contains(mediaType)) {
                BufferedImage picture;
                try (InputStream bytes = Files.newInputStream(upload)) {
                    picture = Pictures.decode(bytes);
                }
                width = picture.getWidth();
                height = picture.getHeight();
                thumbnail = Pictures.fitted(picture, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
            } else if (!DOCUMENT_TYPES.contains(mediaType)) {
                throw new InvalidInputException("Agora takes pictures (JPEG, PNG, GIF), PDF, office documents and plain text; "
                        + fileName + " is " + mediaType + ".");
            }
            Attachment attachment = new Attachment(uploaderId, fileName, mediaType, Files.size(upload), width, height,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            if (!attachment.isImage()) {
                attachment.recordText(documentText.read(upload, fileName));
            }
            em.persist(attachment);
            if (thumbnail != null) {
                Path thumbnailUpload = Files.createTempFile(directory(), "thumbnail", ".jpg");
                ImageIO.write(thumbnail, "jpg", thumbnailUpload.toFile());
                keepOnCommit(thumbnailUpload, thumbnailFile(attachment.getId()));
            }
            keepOnCommit(upload, file(attachment.getId()));
            kept = true;
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload of employee " + uploaderId, e);
        } finally {
            if (!kept) {
                deleteQuietly(upload);
            }
        }
    }

    /** The uploads become the post's files, in the order given; each must be the author's and not yet published. */
    void attach(Post post, List<Long> attachmentIds) {
        if (attachmentIds.size() > Attachments.MAX_PER_POST) {
            throw new InvalidInputException("A post takes at most " + Attachments.MAX_PER_POST + " files.");
        }
        for (Long id : attachmentIds) {
            Attachment attachment = id == null ? null : em.find(Attachment.class, id);
            if (attachment == null || !attachment.isPending()
                    || !attachment.getUploaderId().equals(post.getAuthor().getId())) {
                throw new InvalidInputException("An attached file is no longer there; attach it again.");
            }
            post.attach(attachment);
        }
    }

    /** Removes the attachments, and their files once the removal has committed. */
    void delete(Collection<Attachment> attachments) {
        List<Path> files = new ArrayList<>();
        for (Attachment attachment : List.copyOf(attachments)) {
            files.add(file(attachment.getId()));
            files.add(thumbnailFile(attachment.getId()));
            em.remove(attachment);
        }
        AfterCommit.run(transactions, () -> files.forEach(AttachmentStore::deleteQuietly));
    }

    Path file(long attachmentId) {
        return Path.of(mediaDir, "attachments", Long.toString(attachmentId));
    }

    Path thumbnailFile(long attachmentId) {
        return Path.of(mediaDir, "attachments", attachmentId + "-thumbnail.jpg");
    }

    /** Copies the upload to disk, stopping as soon as it is over the limit. */
    private Path spool(InputStream content) {
        long limit = maxMegabytes * 1024L * 1024L;
        Path upload = null;
        try {
            upload = Files.createTempFile(directory(), "upload", ".part");
            long written = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(upload)) {
                for (int read; (read = content.read(buffer)) != -1; ) {
                    written += read;
                    if (written > limit) {
                        throw new TooLargeException("A file can be at most " + maxMegabytes + " MB.");
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (written == 0) {
                throw new InvalidInputException("That file is empty.");
            }
            return upload;
        } catch (IOException e) {
            deleteQuietly(upload);
            throw new InvalidInputException("The file could not be read; upload it again.");
        } catch (RuntimeException e) {
            deleteQuietly(upload);
            throw e;
        }
    }

    /** Tika reads the bytes; the name only refines a type the bytes allow (a ZIP that is a .docx). */
    private String detect(Path upload, String fileName) throws IOException {
        try (InputStream bytes = TikaInputStream.get(upload)) { // from the file, Tika can look inside ZIP and OLE containers
            return tika.detect(bytes, fileName);
        }
    }

    private Path directory() throws IOException {
        return Files.createDirectories(Path.of(mediaDir, "attachments"));
    }

    private void keepOnCommit(Path temporary, Path destination) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                try {
                    Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot keep the upload " + destination, e);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(temporary);
                    deleteQuietly(destination);
                }
            }
        });
    }

    /** The name as shown and offered for download: no folders, no control characters, not too long. */
    static String fileName(String offered) {
        String name = offered == null ? "" : offered.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "attachment";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + file + ": " + e);
        }
    }
}
