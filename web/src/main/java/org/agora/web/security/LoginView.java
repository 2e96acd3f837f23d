package org.agora.web.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Backs the sign-in page: why the last attempt failed, and which page to return to afterwards. */
@Named
@RequestScoped
public class LoginView {

    /** The page the employee asked for before being sent here, relative to the application; null for home. */
    public String getNext() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom instanceof String uri && uri.startsWith(request.getContextPath())) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            String path = uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
            return path.startsWith("/sign-in") ? null : SafeRedirects.localPath(path);
        }
        return SafeRedirects.localPath(request.getParameter("next"));
    }

    /** Whether the company's single sign-on is switched on, so the page leads there first. */
    public boolean isCompanySignOn() {
        return CompanySignOn.isEnabled();
    }

    /**
     * Where "Sign in with your company account" goes: the page asked for, which, being closed to strangers, sends the
     * browser to the company's provider and comes back to it.
     */
    public String getCompanySignOnUrl() {
        String next = getNext();
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return contextPath + (next == null ? "/" : next);
    }

    /** Minutes until a locked account opens again, or 0 if the last attempt did not meet a lock. */
    public long getLockedMinutes() {
        String locked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("locked");
        if (locked == null) {
            return 0;
        }
        try {
            Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(locked)));
            return Math.max(1, (left.toSeconds() + 59) / 60);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Seconds to wait after too many attempts from this address, or 0. */
    public long getWaitSeconds() {
        String wait = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("wait");
        try {
            return wait == null ? 0 : Math.max(1, Long.parseLong(wait));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
