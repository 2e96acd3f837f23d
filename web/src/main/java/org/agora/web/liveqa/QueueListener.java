package org.agora.web.liveqa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * One open page on a session's queue. It hears every change once, in number order: while it catches up on what it
 * missed, live changes wait in a buffer, and a change numbered at or below the last one sent is skipped.
 */
final class QueueListener {

    /** Messages the browser has not taken yet beyond which it is closed; it reconnects and catches up. */
    static final int MAX_BEHIND = 256;

    private static final Logger LOG = Logger.getLogger(QueueListener.class.getName());

    private final Session socket;
    private final boolean moderator;
    private final AtomicInteger unsent = new AtomicInteger();
    private long lastSent;
    private List<Object[]> waiting = new ArrayList<>();

    QueueListener(Session socket, boolean moderator, long after) {
        this.socket = socket;
        this.moderator = moderator;
        this.lastSent = after;
    }

    boolean isModerator() {
        return moderator;
    }

    /** A live change; held back while the listener is still catching up. */
    synchronized void offer(long seq, String message) {
        if (waiting != null) {
            waiting.add(new Object[]{seq, message});
        } else {
            sendIfNew(seq, message);
        }
    }

    /** A change read back from the database while catching up. */
    synchronized void replay(long seq, String message) {
        sendIfNew(seq, message);
    }

    /** Caught up: sends the live changes held back meanwhile, skipping those the replay already sent. */
    synchronized void caughtUp() {
        List<Object[]> held = waiting;
        waiting = null;
        held.forEach(change -> sendIfNew((Long) change[0], (String) change[1]));
    }

    synchronized void tell(String message) {
        send(message);
    }

    private void sendIfNew(long seq, String message) {
        if (seq > lastSent) {
            lastSent = seq;
            send(message);
        }
    }

    /** Never waits for the browser: a page that falls too far behind is closed and catches up when it reconnects. */
    private void send(String message) {
        if (!socket.isOpen()) {
            return;
        }
        if (unsent.incrementAndGet() > MAX_BEHIND) {
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too far behind; reconnect"));
            return;
        }
        try {
            socket.getAsyncRemote().sendText(message, result -> {
                unsent.decrementAndGet();
                if (!result.isOK()) {
                    LOG.log(Level.FINE, "A live Q&A page went away", result.getException());
                }
            });
        } catch (IllegalStateException e) {
            unsent.decrementAndGet();
            LOG.log(Level.FINE, "A live Q&A page went away", e);
        }
    }

    void close(CloseReason reason) {
        try {
            socket.close(reason);
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "A live Q&A page went away while closing", e);
        }
    }
}
