package org.agora.web.liveqa;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.agora.liveqa.QueueChanged;
import org.agora.liveqa.SessionEvent;
import org.agora.liveqa.SessionEvents;

/**
 * The open pages of one session. Changes are published in number order: changes commit in that order (each holds
 * the session's lock until it commits), but their after-commit hand-offs may overtake each other, so a change that
 * arrives early first brings the committed ones before it from the database.
 */
final class SessionChannel {

    private final long sessionId;
    private final Set<QueueListener> listeners = ConcurrentHashMap.newKeySet();
    /** The newest change published, -1 before the first. */
    private long lastPublished = -1;

    SessionChannel(long sessionId) {
        this.sessionId = sessionId;
    }

    void join(QueueListener listener) {
        listeners.add(listener);
    }

    /** Whether the channel is left empty. */
    boolean leave(QueueListener listener) {
        listeners.remove(listener);
        return listeners.isEmpty();
    }

    int size() {
        return listeners.size();
    }

    synchronized void publish(QueueChanged change, SessionEvents events) {
        if (change.seq() <= lastPublished) {
            return;
        }
        if (lastPublished >= 0 && change.seq() > lastPublished + 1) {
            for (SessionEvent missed : events.between(sessionId, lastPublished, change.seq() - 1)) {
                deliver(missed.seq(), missed.messageFor(false), missed.messageFor(true));
            }
        }
        deliver(change.seq(), change.messageFor(false), change.messageFor(true));
        lastPublished = change.seq();
    }

    private void deliver(long seq, String attendeeMessage, String moderatorMessage) {
        for (QueueListener listener : listeners) {
            listener.offer(seq, listener.isModerator() ? moderatorMessage : attendeeMessage);
        }
    }
}
