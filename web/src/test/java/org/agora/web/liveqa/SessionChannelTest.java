package org.agora.web.liveqa;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import org.agora.liveqa.QueueChanged;
import org.agora.liveqa.SessionEvent;
import org.agora.liveqa.SessionEvents;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionChannelTest {

    private final List<String> attendee = new ArrayList<>();
    private final List<String> moderator = new ArrayList<>();

    /** The committed changes, as the database would answer for them. */
    private final SessionEvents stored = new SessionEvents() {
        @Override
        public List<SessionEvent> between(long sessionId, long afterSeq, Long untilSeq) {
            List<SessionEvent> events = new ArrayList<>();
            for (long seq = afterSeq + 1; seq <= untilSeq; seq++) {
                events.add(new SessionEvent(sessionId, seq, "a" + seq, "m" + seq, Instant.EPOCH));
            }
            return events;
        }
    };

    @Test
    void aChangeThatOvertakesAnEarlierOneBringsItFromTheDatabaseFirstAndTheLateOneIsNotSentAgain() {
        SessionChannel channel = channel();

        channel.publish(change(1), stored);
        channel.publish(change(3), stored);
        channel.publish(change(2), stored);
        channel.publish(change(4), stored);

        assertEquals(List.of("a1", "a2", "a3", "a4"), attendee);
        assertEquals(List.of("m1", "m2", "m3", "m4"), moderator);
    }

    private SessionChannel channel() {
        SessionChannel channel = new SessionChannel(7);
        QueueListener forAttendee = new QueueListener(socket(attendee), false, 0);
        QueueListener forModerator = new QueueListener(socket(moderator), true, 0);
        forAttendee.caughtUp();
        forModerator.caughtUp();
        channel.join(forAttendee);
        channel.join(forModerator);
        return channel;
    }

    private static QueueChanged change(long seq) {
        return new QueueChanged(7, seq, "a" + seq, "m" + seq);
    }

    private Session socket(List<String> sent) {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        sent.add((String) args[0]);
                        ((SendHandler) args[1]).onResult(new SendResult());
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> true;
                    case "getAsyncRemote" -> remote;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
