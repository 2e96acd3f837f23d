package org.agora.feed.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.agora.feed.Attachment;
import org.agora.feed.Attachments;
import org.agora.feed.Post;
import org.agora.shared.AfterCommit;
import org.agora.shared.InvalidInputException;
import org.agora.shared.Pictures;
import org.agora.shared.Upload;
import org.agora.shared.UploadPolicy;
import org.agora.shared.Uploads;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachments' rows and bytes. An upload is received and checked by {@link Uploads} (on disk, by its bytes), pictures
 * are decoded and given a thumbnail, documents' text is read for search, and the file
 * only takes its final name when the transaction that records it commits; files of deleted attachments go once their
 * deletion commits.
 */
@ApplicationScoped
class AttachmentStore {

    /** Decoded, thumbnailed and shown inline. */
    static final Set<String> IMAGE_TYPES = UploadPolicy.PICTURES;
    /** Offered for download, always as a download, never rendered in Agora's pages. */
    static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf", "text/plain", "text/csv", "text/markdown", "text/x-web-markdown",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/zip");
    static final Set<String> ACCEPTED_TYPES = Stream.concat(IMAGE_TYPES.stream(), DOCUMENT_TYPES.stream())
            .collect(Collectors.toUnmodifiableSet());
    static final int THUMBNAIL_WIDTH = 720;
    static final int THUMBNAIL_HEIGHT = 540;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Uploads uploads;

    @Inject
    @ConfigProperty(name = "agora.media.dir")
    String mediaDir;

    @Inject
    @ConfigProperty(name = "agora.attachments.max-mb", defaultValue = "20")
    int maxMegabytes;

    private final DocumentText documentText = new DocumentText();

    Attachment store(long uploaderId, String offeredName, InputStream content) {
        UploadPolicy policy = new UploadPolicy("A file", maxMegabytes * 1024L * 1024L, ACCEPTED_TYPES,
                "Agora takes pictures (JPEG, PNG, GIF), PDF, office documents and plain text; {name} is {type}.");
        Upload upload;
        try {
            upload = uploads.receive(content, offeredName, policy, directory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the attachments directory", e);
        }
        boolean kept = false;
        try {
            BufferedImage thumbnail = null;
            Integer width = null;
            Integer height = null;
            if (IMAGE_TYPES.contains(upload.mediaType())) {
                BufferedImage picture;
                try (InputStream bytes = Files.newInputStream(upload.file())) {
                    picture = Pictures.decode(bytes);
                }
                width = picture.getWidth();
                height = picture.getHeight();
                thumbnail = Pictures.fitted(picture, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
            }
            Attachment attachment = new Attachment(uploaderId, upload.fileName(), upload.mediaType(), upload.size(), width,
                    height, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            if (!attachment.isImage()) {
                attachment.recordText(documentText.read(upload.file(), upload.fileName()));
            }
            em.persist(attachment);
            if (thumbnail != null) {
                Path thumbnailUpload = Files.createTempFile(directory(), "thumbnail", ".jpg");
                ImageIO.write(thumbnail, "jpg", thumbnailUpload.toFile());
                keepOnCommit(thumbnailUpload, thumbnailFile(attachment.getId()));
            }
            keepOnCommit(upload.file(), file(attachment.getId()));
            kept = true;
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload of employee " + uploaderId, e);
        } finally {
            if (!kept) {
                upload.close();
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
        AfterCommit.run(transactions, () -> files.forEach(AfterCommit::deleteQuietly));
    }

    Path file(long attachmentId) {
        return Path.of(mediaDir, "attachments", Long.toString(attachmentId));
    }

    Path thumbnailFile(long attachmentId) {
        return Path.of(mediaDir, "attachments", attachmentId + "-thumbnail.jpg");
    }

    private Path directory() throws IOException {
        return Files.createDirectories(Path.of(mediaDir, "attachments"));
    }

    private void keepOnCommit(Path temporary, Path destination) {
        AfterCommit.keep(transactions, temporary, destination);
    }
}
