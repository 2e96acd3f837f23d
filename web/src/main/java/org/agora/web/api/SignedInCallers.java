package org.agora.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.agora.web.api.problem.Problem;

/**
 * Answers API calls without valid credentials with 401 and problem details instead of the login page
 * a browser would get. The services check roles themselves; this only gives API clients a precise answer.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInCallers implements ContainerRequestFilter {

    private static final String PUBLIC_PATH = "health";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null
                && !PUBLIC_PATH.equals(request.getUriInfo().getPath().replaceAll("^/|/$", ""))) {
            Response problem = Problem.response(Response.Status.UNAUTHORIZED,
                    "Sign in first: send a personal access token (Authorization: Bearer agora_…) or HTTP Basic credentials.");
            request.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Agora\", Basic realm=\"Agora\"")
                    .build());
        }
    }
}
