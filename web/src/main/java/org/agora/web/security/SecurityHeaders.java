package org.agora.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agora.audit.RequestOrigin;

/**
 * The headers every answer carries so that browsers hold Agora to its own origin: no framing by other sites, no
 * guessing of content types, no referrer leaving the site with a path in it. Pages get their Content-Security-Policy
 * from PrimeFaces (web.xml), which adds a fresh nonce for its scripts; the API, SCIM and uploaded files get one that
 * allows nothing to run at all. Private answers are never stored by the browser or a proxy.
 * Also notes the caller's address for the audit log.
 */
public class SecurityHeaders extends HttpFilter {

    /** Nothing in an API answer or an uploaded file may run or load anything, even if a browser renders it. */
    static final String LOCKED_DOWN_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "frame-ancestors 'none'; sandbox";

    @Inject
    transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setAddress(request.getRemoteAddr());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/scim/") || path.startsWith("/attachments/")
                || path.startsWith("/people/photo/")) {
            response.setHeader("Content-Security-Policy", LOCKED_DOWN_POLICY);
        }
        if (path.startsWith("/api/") || path.startsWith("/scim/") || path.endsWith(".xhtml") || "/".equals(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
