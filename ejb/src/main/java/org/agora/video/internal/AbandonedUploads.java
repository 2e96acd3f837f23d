package org.agora.video.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.shared.AfterCommit;
import org.agora.video.VideoUpload;

/** An upload nobody resumed for a day is given up: its row and its bytes go, and a later resume starts again. */
@Singleton
public class AbandonedUploads {

    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(AbandonedUploads.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    VideoFiles files;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void sweep() {
        List<VideoUpload> abandoned = em.createQuery("select u from VideoUpload u where u.startedAt < :before",
                        VideoUpload.class)
                .setParameter("before", Instant.now().minus(KEPT_FOR))
                .getResultList();
        for (VideoUpload upload : abandoned) {
            em.remove(upload);
            AfterCommit.deleteQuietly(files.incoming(upload.getId()));
        }
        if (!abandoned.isEmpty()) {
            LOG.info(() -> "Gave up " + abandoned.size() + " video uploads left unfinished for a day");
        }
    }
}
