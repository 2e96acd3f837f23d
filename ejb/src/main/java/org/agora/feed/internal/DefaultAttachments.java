package org.agora.feed.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.Attachment;
import org.agora.feed.AttachmentView;
import org.agora.feed.Attachments;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.NotFoundException;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultAttachments implements Attachments {

    /** How long an upload waits for its post before it is thrown away. */
    static final Duration PENDING_FOR = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(DefaultAttachments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    AttachmentStore store;

    @Inject
    ReadablePosts readablePosts;

    @Override
    public AttachmentView upload(String fileName, InputStream content) {
        Attachment attachment = store.store(currentEmployee.id(), fileName, content);
        LOG.fine(() -> "Upload " + attachment.getId() + " (" + attachment.getMediaType() + ") by employee "
                + attachment.getUploaderId());
        return AttachmentView.of(attachment);
    }

    @Override
    public void discard(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.isPending() || !attachment.getUploaderId().equals(currentEmployee.id())) {
            throw new NotFoundException("There is no upload " + attachmentId + " of yours waiting to be posted.");
        }
        store.delete(List.of(attachment));
    }

    @Override
    public StoredFile open(long attachmentId, boolean thumbnail) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw notFound(attachmentId);
        }
        if (attachment.isPending()) {
            if (!attachment.getUploaderId().equals(currentEmployee.id())) {
                throw notFound(attachmentId);
            }
        } else {
            readablePosts.find(attachment.getPost().getId()); // not found unless the caller may read the post
        }
        if (thumbnail && !attachment.isImage()) {
            throw notFound(attachmentId);
        }
        Path file = thumbnail ? store.thumbnailFile(attachmentId) : store.file(attachmentId);
        if (!Files.isRegularFile(file)) {
            throw notFound(attachmentId);
        }
        return new StoredFile(file, thumbnail ? "image/jpeg" : attachment.getMediaType(), attachment.getFileName(),
                attachment.isImage());
    }

    /** Uploads whose author never published the post they were meant for. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @PermitAll
    public void discardAbandonedUploads() {
        List<Attachment> abandoned = em.createQuery("""
                        select a from Attachment a where a.post is null and a.uploadedAt < :before""", Attachment.class)
                .setParameter("before", Instant.now().minus(PENDING_FOR))
                .setMaxResults(1000)
                .getResultList();
        if (!abandoned.isEmpty()) {
            store.delete(abandoned);
            LOG.info(() -> "Discarded " + abandoned.size() + " uploads that were never posted");
        }
    }

    private static NotFoundException notFound(long attachmentId) {
        return new NotFoundException("There is no file " + attachmentId + " you can open.");
    }
}
