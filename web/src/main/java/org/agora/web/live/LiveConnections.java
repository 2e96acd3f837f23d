package org.agora.web.live;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.websocket.Session;

import org.agora.feed.PostPublished;
import org.agora.live.LiveAudience;
import org.agora.notifications.NotificationCreated;
import org.agora.shared.AfterCommit;

/**
 * The open pages, by employee, and what they are told once a change has committed: a new post they may read
 * (never their own; whether it is from someone or a group they follow), and a new notice for them. Messages say only that something happened; the page reads it
 * through the usual, permission-checked way.
 */
@ApplicationScoped
public class LiveConnections {

    private static final Logger LOG = Logger.getLogger(LiveConnections.class.getName());

    private final Map<Long, Set<Session>> byEmployee = new ConcurrentHashMap<>();

    @Inject
    LiveAudience audience;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void open(long employeeId, Session session) {
        byEmployee.computeIfAbsent(employeeId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void close(long employeeId, Session session) {
        byEmployee.computeIfPresent(employeeId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    int connectedEmployees() {
        return byEmployee.size();
    }

    /** Works out, in the writing transaction, who may read the post; tells them once it has committed. */
    void onPostPublished(@Observes PostPublished post) {
        if (post.version() != 0 || byEmployee.isEmpty()) {
            return; // an edit is not a new post
        }
        Set<Long> readers = audience.readers(Set.copyOf(byEmployee.keySet()), post.groupId(), post.openToEveryone());
        Set<Long> following = audience.following(readers, post.authorId(), post.groupId());
        // nothing is announced that a rollback could take back
        AfterCommit.run(transactions, () -> readers.stream().filter(reader -> reader != post.authorId())
                .forEach(reader -> send(reader, "{\"type\":\"post\",\"groupId\":" + post.groupId()
                        + ",\"following\":" + following.contains(reader) + "}")));
    }

    void onNotification(@Observes NotificationCreated notice) {
        if (byEmployee.containsKey(notice.recipientId())) {
            AfterCommit.run(transactions, () -> send(notice.recipientId(), "{\"type\":\"notification\"}"));
        }
    }

    private void send(long employeeId, String message) {
        for (Session session : byEmployee.getOrDefault(employeeId, Set.of())) {
            if (session.isOpen()) {
                try {
                    synchronized (session) {
                        session.getBasicRemote().sendText(message);
                    }
                } catch (IOException | IllegalStateException e) {
                    LOG.log(Level.FINE, "A live page went away", e);
                }
            }
        }
    }
}
