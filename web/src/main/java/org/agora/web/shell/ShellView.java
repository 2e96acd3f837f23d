package org.agora.web.shell;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;
import org.agora.notifications.Notifications;
import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;

/** Backs the top bar: who is signed in, the search box, signing out. */
@Named
@RequestScoped
public class ShellView {

    @Inject
    PeopleDirectory people;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    private PersonSummary me;
    private Long unread;
    private String query;

    public PersonSummary getMe() {
        if (me == null) {
            me = people.me();
        }
        return me;
    }

    /** Unread notifications, for the badge on the bell. */
    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** Redirects to the bookmarkable results page; the query goes into the URL encoded once, never evaluated. */
    public void search() throws IOException {
        String q = query == null ? "" : query.strip();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/search.xhtml?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        audit.record(AuditAction.SIGNED_OUT, external.getRemoteUser(), null);
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
