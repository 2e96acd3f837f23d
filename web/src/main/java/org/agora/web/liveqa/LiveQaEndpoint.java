package org.agora.web.liveqa;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import org.agora.liveqa.SessionEvents;

/**
 * {@code /live/qa/{sessionId}?after=N}: an open session page's connection. It first receives every change numbered
 * after {@code N} it may see, then each new change as it commits, each exactly once. The upgrade is signed in like
 * any page and must come from Agora's own pages.
 */
@ServerEndpoint(value = "/live/qa/{sessionId}", configurator = SameOriginHandshake.class)
public class LiveQaEndpoint {

    private static final String LISTENER = "qaListener";
    private static final String SESSION = "qaSession";

    @Inject
    LiveQaConnections connections;

    @Inject
    SessionEvents events;

    @OnOpen
    public void open(Session socket, @PathParam("sessionId") String sessionParam) throws IOException {
        long sessionId;
        try {
            sessionId = Long.parseLong(sessionParam);
        } catch (NumberFormatException e) {
            socket.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "No such session"));
            return;
        }
        Principal principal = socket.getUserPrincipal();
        Optional<SessionEvents.Attendee> attendee = principal == null ? Optional.empty()
                : events.attendee(sessionId, principal.getName());
        if (attendee.isEmpty()) {
            socket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                    principal == null ? "Sign in first" : "No such session"));
            return;
        }
        long after = after(socket.getRequestParameterMap());
        QueueListener listener = new QueueListener(socket, attendee.get().moderator(), after);
        socket.getUserProperties().put(LISTENER, listener);
        socket.getUserProperties().put(SESSION, sessionId);
        connections.open(sessionId, listener, after);
    }

    @OnClose
    public void close(Session socket) {
        Object listener = socket.getUserProperties().remove(LISTENER);
        if (listener != null) {
            connections.close((Long) socket.getUserProperties().get(SESSION), (QueueListener) listener);
        }
    }

    @OnError
    public void error(Session socket, Throwable failure) {
        close(socket);
    }

    private static long after(Map<String, List<String>> parameters) {
        List<String> after = parameters.get("after");
        try {
            return after == null || after.isEmpty() ? 0 : Math.max(0, Long.parseLong(after.get(0)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
