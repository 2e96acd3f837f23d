package org.agora.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agora.identity.SignInOutcome;
import org.agora.identity.SignIns;

/**
 * The sign-in form posts here. The login realm checks the password and keeps the identity in the session; this
 * servlet adds what the realm alone cannot: a limit per address, lockout after repeated wrong passwords, a fresh
 * session id (so a session id planted before sign-in is worthless after it), the audit log, and the way back to
 * the page the employee first asked for.
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {

    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    transient SignIns signIns;

    @Inject
    transient RateLimits rateLimits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        String next = SafeRedirects.localPath(request.getParameter("next"));
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            back(request, response, "failed=true", next, username);
            return;
        }
        long wait = rateLimits.signInWait(request.getRemoteAddr());
        if (wait > 0) {
            back(request, response, "wait=" + wait, next, username);
            return;
        }
        Instant lockedUntil = signIns.lockedUntil(username);
        if (lockedUntil != null) {
            signIns.failed(username);
            rateLimits.signInFailed(request.getRemoteAddr());
            back(request, response, "locked=" + lockedUntil.getEpochSecond(), next, username);
            return;
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        try {
            request.login(username.strip(), password);
        } catch (ServletException refused) {
            rateLimits.signInFailed(request.getRemoteAddr());
            SignInOutcome outcome = signIns.failed(username);
            back(request, response, outcome.result() == SignInOutcome.Result.LOCKED
                    ? "locked=" + outcome.lockedUntil().getEpochSecond() : "failed=true", next, username);
            return;
        }
        request.changeSessionId();
        signIns.succeeded(username);
        response.sendRedirect(request.getContextPath() + (next == null ? "/" : next));
    }

    /** Back to the sign-in page with the reason, the page asked for and the username typed, never the password. */
    private static void back(HttpServletRequest request, HttpServletResponse response, String why, String next,
                             String username) throws IOException {
        String target = request.getContextPath() + LOGIN_PAGE + "?" + why
                + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
                + (username == null || username.isBlank() || username.length() > 80 ? ""
                        : "&username=" + URLEncoder.encode(username.strip(), StandardCharsets.UTF_8));
        response.sendRedirect(target);
    }
}
