package org.agora.web.liveqa;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Accepts a WebSocket upgrade only from Agora's own pages (or from clients that send no Origin, which browsers
 * always do): a page of another site must not listen with an employee's session cookie.
 */
public class SameOriginHandshake extends ServerEndpointConfig.Configurator {

    @Override
    public boolean checkOrigin(String origin) {
        if (origin == null) {
            return true;
        }
        String host;
        try {
            host = CDI.current().select(HttpServletRequest.class).get().getHeader("Host");
        } catch (RuntimeException e) {
            return true; // no request to compare with here; modifyHandshake checks again
        }
        return sameOrigin(origin, host);
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.getHeaders());
        String origin = first(headers.get("Origin"));
        if (origin != null && !sameOrigin(origin, first(headers.get("Host")))) {
            throw new SecurityException("A page of another site may not open Agora's live Q&A.");
        }
        super.modifyHandshake(config, request, response);
    }

    static boolean sameOrigin(String origin, String host) {
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
