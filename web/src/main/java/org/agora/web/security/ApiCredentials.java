package org.agora.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.agora.identity.CallerCredentials;
import org.agora.identity.SignInOutcome;
import org.agora.identity.SignIns;
import org.agora.identity.TokenAuthentication;
import org.agora.identity.TokenBearer;
import org.agora.people.scim.ScimSchemas;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

/**
 * Authenticates calls to the REST API, SCIM and the file servlets (attachments, photos): a bearer token (personal access or provisioning token) or HTTP
 * Basic credentials, checked with lockout like the sign-in page. The call then runs as the token's owner in the
 * login domain, so the services' role checks apply to it exactly as to a signed-in browser. Writes are rate-limited
 * per employee. A browser's session is used as it is.
 */
public class ApiCredentials extends HttpFilter {

    /** How long checking the credentials took, for the Server-Timing header of the answer. */
    public static final String AUTHENTICATION_MILLIS = ApiCredentials.class.getName() + ".millis";

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    @Inject
    transient TokenAuthentication tokens;

    @Inject
    transient SignIns signIns;

    @Inject
    transient RateLimits rateLimits;

    @Inject
    transient CallerCredentials credentials;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean provisioning = isProvisioning(request);
        String authorization = request.getHeader("Authorization");
        if (request.getUserPrincipal() != null && !provisioning) {
            if (crossSiteWrite(request)) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "", "A page of another site may not change anything "
                        + "in Agora with your session.");
            } else if (withinWriteLimit(request, response, request.getUserPrincipal().getName())) {
                chain.doFilter(request, response);
            }
            return;
        }
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            long started = System.nanoTime();
            Optional<TokenBearer> bearer = tokens.bearer(authorization.substring(BEARER.length()).strip());
            if (bearer.isEmpty()) {
                refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer error=\"invalid_token\"",
                        "The token is not valid: it may be mistyped, expired or revoked.");
            } else if (!bearer.get().scope().allows(request.getMethod(), provisioning)) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "Bearer error=\"insufficient_scope\"",
                        provisioning ? "Provisioning needs a SCIM token made by an administrator."
                                : "This token may only read; make a read and write token to change things.");
            } else {
                credentials.usedToken();
                runAs(bearer.get().username(), request, response, chain, started);
            }
            return;
        }
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length()) && !provisioning) {
            basic(authorization.substring(BASIC.length()).strip(), request, response, chain);
            return;
        }
        if (provisioning) {
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer realm=\"Agora SCIM\"",
                    "Send a SCIM provisioning token: Authorization: Bearer agora_…");
            return;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer realm=\"Agora\", Basic realm=\"Agora\"",
                    "Sign in first: send a personal access token or HTTP Basic credentials.");
            return;
        }
        // anonymous: the API itself answers 401 for everything but its public paths
        chain.doFilter(request, response);
    }

    private void basic(String encoded, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Basic realm=\"Agora\"",
                    "HTTP Basic credentials must be username:password, Base64-encoded.");
            return;
        }
        long wait = rateLimits.signInWait(request.getRemoteAddr());
        if (wait > 0) {
            tooMany(request, response, wait, "Too many failed sign-ins from your address; try again in " + wait + " s.");
            return;
        }
        long started = System.nanoTime();
        SignInOutcome outcome = signIns.attempt(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
        if (!outcome.accepted()) {
            rateLimits.signInFailed(request.getRemoteAddr());
        }
        switch (outcome.result()) {
            case ACCEPTED -> runAs(outcome.username(), request, response, chain, started);
            case LOCKED -> refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Basic realm=\"Agora\"",
                    "The account is locked after repeated wrong passwords; it opens again at " + outcome.lockedUntil() + ".");
            case REJECTED -> refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Basic realm=\"Agora\"",
                    "Wrong username or password.");
        }
    }

    /**
     * Runs the rest of the request as {@code username}, as the login domain knows them (their current roles).
     * How long checking the credentials took, since {@code started}, goes into {@code Server-Timing: auth}.
     */
    private void runAs(String username, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                       long started) throws IOException, ServletException {
        SecurityIdentity identity;
        try {
            ServerAuthenticationContext context = SecurityDomain.getCurrent().createNewAuthenticationContext();
            context.setAuthenticationName(username);
            if (!context.authorize()) {
                refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer", "The account may not sign in.");
                return;
            }
            identity = context.getAuthorizedIdentity();
        } catch (org.wildfly.security.auth.server.RealmUnavailableException e) {
            throw new ServletException("The login realm is unavailable", e);
        }
        if (!withinWriteLimit(request, response, username)) {
            return;
        }
        request.setAttribute(AUTHENTICATION_MILLIS, (System.nanoTime() - started) / 1e6);
        HttpServletRequest signedIn = new SignedInRequest(request, identity);
        try {
            identity.runAs((PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(signedIn, response);
                return null;
            });
        } catch (PrivilegedActionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw new ServletException(e.getCause());
        }
    }

    /**
     * A write carried by the session cookie from a page of another origin: cross-site request forgery. The session
     * cookie is SameSite=Lax already; this also covers browsers that ignore it, and sibling subdomains.
     */
    private static boolean crossSiteWrite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || isSafe(request.getMethod())) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private boolean withinWriteLimit(HttpServletRequest request, HttpServletResponse response, String username)
            throws IOException {
        if (isSafe(request.getMethod())) {
            return true;
        }
        // the policy in the IETF draft's form (RateLimit header fields for HTTP), so a client can pace itself
        response.setHeader("RateLimit-Policy", "\"writes\";q=" + rateLimits.writesPerMinute() + ";w=60");
        long wait = rateLimits.writeWait(username);
        if (wait > 0) {
            tooMany(request, response, wait, "You are making changes faster than Agora accepts them; try again in " + wait + " s.");
            return false;
        }
        return true;
    }

    private static boolean isProvisioning(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/scim/");
    }

    private static void tooMany(HttpServletRequest request, HttpServletResponse response, long wait, String detail)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(wait));
        problem(request, response, 429, "Too Many Requests", detail);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String challenge,
                               String detail) throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED || challenge.contains("error=")) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        problem(request, response, status, status == HttpServletResponse.SC_UNAUTHORIZED ? "Unauthorized" : "Forbidden",
                detail);
    }

    /** Problem details for the REST API; SCIM's error body for SCIM, whose clients read only that (RFC 7644 §3.12). */
    static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (isProvisioning(request)) {
            response.setContentType(ScimSchemas.MEDIA_TYPE);
            response.getWriter().write(Json.createObjectBuilder()
                    .add("schemas", Json.createArrayBuilder().add(ScimSchemas.ERROR))
                    .add("status", String.valueOf(status)).add("detail", detail).build().toString());
        } else {
            response.setContentType("application/problem+json");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("title", title).add("status", status).add("detail", detail).build().toString());
        }
    }

    /** The request as the signed-in caller: its principal and roles are the login domain's identity. */
    private static final class SignedInRequest extends HttpServletRequestWrapper {
        private final SecurityIdentity identity;

        SignedInRequest(HttpServletRequest request, SecurityIdentity identity) {
            super(request);
            this.identity = identity;
        }

        @Override
        public Principal getUserPrincipal() {
            return identity.getPrincipal();
        }

        @Override
        public String getRemoteUser() {
            return identity.getPrincipal().getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.getRoles().contains(role);
        }

        @Override
        public String getAuthType() {
            return "BEARER";
        }
    }
}
