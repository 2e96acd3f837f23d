package org.agora.web.liveqa;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.agora.liveqa.QueueChanged;
import org.agora.liveqa.SessionEvent;
import org.agora.liveqa.SessionEvents;

/**
 * The open session pages, by session, and the fan-out of each committed change to them. The committing thread only
 * hands the change over; one task per change sends it to every page without waiting for any.
 */
@ApplicationScoped
public class LiveQaConnections {

    private static final Logger LOG = Logger.getLogger(LiveQaConnections.class.getName());

    private final Map<Long, SessionChannel> channels = new ConcurrentHashMap<>();

    @Inject
    SessionEvents events;

    @Resource
    ManagedExecutorService executor;

    /**
     * Registers a page, then replays what it missed after {@code after}: registering first means no change falls
     * between the replay and the live stream, and the listener skips what it gets twice.
     */
    void open(long sessionId, QueueListener listener, long after) {
        channels.compute(sessionId, (id, channel) -> {
            SessionChannel joined = channel == null ? new SessionChannel(id) : channel;
            joined.join(listener);
            return joined;
        });
        List<SessionEvent> missed = events.between(sessionId, after, null);
        if (missed.size() >= SessionEvents.MAX_REPLAY) {
            listener.tell("{\"type\":\"reload\",\"sessionId\":" + sessionId + "}");
        }
        missed.forEach(event -> listener.replay(event.seq(), event.messageFor(listener.isModerator())));
        listener.caughtUp();
    }

    void close(long sessionId, QueueListener listener) {
        channels.computeIfPresent(sessionId, (id, channel) -> channel.leave(listener) ? null : channel);
    }

    int listeners(long sessionId) {
        SessionChannel channel = channels.get(sessionId);
        return channel == null ? 0 : channel.size();
    }

    void onQueueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChanged change) {
        SessionChannel channel = channels.get(change.sessionId());
        if (channel == null) {
            return; // a page that opens later reads the change from the database
        }
        try {
            executor.execute(() -> channel.publish(change, events));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Live Q&A change " + change.seq() + " of session " + change.sessionId()
                    + " could not be handed over; pages catch up on their next change", e);
        }
    }
}
