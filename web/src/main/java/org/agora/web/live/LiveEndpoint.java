package org.agora.web.live;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.agora.live.LiveAudience;

/**
 * {@code /live}: an open page's connection for live updates. The upgrade request is signed in like any page;
 * a connection without an employee behind it is closed at once.
 */
@ServerEndpoint("/live")
public class LiveEndpoint {

    private static final String EMPLOYEE = "employeeId";

    @Inject
    LiveConnections connections;

    @Inject
    LiveAudience audience;

    @OnOpen
    public void open(Session session) throws IOException {
        Principal principal = session.getUserPrincipal();
        Optional<Long> employeeId = principal == null ? Optional.empty() : audience.employeeIdOf(principal.getName());
        if (employeeId.isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Sign in first"));
            return;
        }
        session.getUserProperties().put(EMPLOYEE, employeeId.get());
        connections.open(employeeId.get(), session);
    }

    @OnClose
    public void close(Session session) {
        Object employeeId = session.getUserProperties().get(EMPLOYEE);
        if (employeeId != null) {
            connections.close((Long) employeeId, session);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        close(session);
    }
}
