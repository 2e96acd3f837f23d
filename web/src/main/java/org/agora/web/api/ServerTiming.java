package org.agora.web.api;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.agora.web.security.ApiCredentials;

/**
 * Tells every API caller how long the server worked on the request ({@code Server-Timing: app;dur=12.3}, in
 * milliseconds, from receiving the request until its response is ready to write; {@code auth} is the time spent checking a
 * token or password before that), so that slowness can be placed between client,
 * network and server without server access; the benchmarks read it too.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            String timing = String.format(Locale.ROOT, "app;dur=%.2f", millis);
            if (request.getProperty(ApiCredentials.AUTHENTICATION_MILLIS) instanceof Double authentication) {
                timing += String.format(Locale.ROOT, ", auth;dur=%.2f", authentication);
            }
            response.getHeaders().add("Server-Timing", timing);
        }
    }
}
