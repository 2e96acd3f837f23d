package org.agora.web.liveqa;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueListenerTest {

    private final List<String> sent = new ArrayList<>();
    private boolean closed;
    private boolean acknowledge = true;

    @Test
    void changesArrivingWhileCatchingUpAreSentAfterTheReplayAndOnlyOnce() {
        QueueListener listener = new QueueListener(session(), false, 2);

        listener.offer(4, "4");
        listener.offer(5, "5");
        listener.replay(3, "3");
        listener.replay(4, "4");
        listener.caughtUp();
        listener.offer(5, "5");
        listener.offer(6, "6");

        assertEquals(List.of("3", "4", "5", "6"), sent);
    }

    @Test
    void changesAtOrBeforeTheNumberAPageReconnectedAfterAreNotSentAgain() {
        QueueListener listener = new QueueListener(session(), false, 7);
        listener.caughtUp();

        listener.offer(6, "6");
        listener.offer(7, "7");
        listener.offer(8, "8");

        assertEquals(List.of("8"), sent);
    }

    @Test
    void aPageThatStopsTakingMessagesIsClosedRatherThanWaitedFor() {
        acknowledge = false;
        QueueListener listener = new QueueListener(session(), false, 0);
        listener.caughtUp();

        for (int seq = 1; seq <= QueueListener.MAX_BEHIND + 1; seq++) {
            listener.offer(seq, String.valueOf(seq));
        }

        assertEquals(QueueListener.MAX_BEHIND, sent.size());
        assertTrue(closed);
    }

    @Test
    void onlyAPageOfTheSameHostMayConnect() {
        assertTrue(SameOriginHandshake.sameOrigin("https://agora.example", "agora.example"));
        assertTrue(SameOriginHandshake.sameOrigin("http://localhost:8080", "localhost:8080"));
        assertTrue(!SameOriginHandshake.sameOrigin("https://evil.example", "agora.example"));
        assertTrue(!SameOriginHandshake.sameOrigin("https://agora.example.evil.example", "agora.example"));
        assertTrue(!SameOriginHandshake.sameOrigin("https://agora.example", null));
    }

    private Session session() {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        sent.add((String) args[0]);
                        if (acknowledge) {
                            ((SendHandler) args[1]).onResult(new SendResult());
                        }
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> !closed;
                    case "getAsyncRemote" -> remote;
                    case "close" -> {
                        closed = true;
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
