package org.agora.notifications;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.video.VideoPublished;

/** Tells the subscribers of an executive's channel of each new video, in the transaction that publishes it. */
@ApplicationScoped
public class VideoNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notices notices;

    void onVideoPublished(@Observes VideoPublished video) {
        List<?> subscribers = em.createNativeQuery("select subscriber_id from video_subscription where executive_id = ?1")
                .setParameter(1, video.executiveId())
                .getResultList();
        String title = video.title().length() > 190 ? video.title().substring(0, 190) + "…" : video.title();
        for (Object subscriber : subscribers) {
            notices.store(new Notification(((Number) subscriber).longValue(), NotificationKind.NEW_VIDEO,
                    video.executiveId(), title, video.videoId()));
        }
    }
}
