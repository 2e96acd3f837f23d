package org.agora.web.liveqa;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.liveqa.LiveQa;
import org.agora.liveqa.SessionDraft;
import org.agora.liveqa.SessionView;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.web.faces.Messages;

/** The form an executive schedules a live Q&A session with ({@code leadership/schedule-live.xhtml}). */
@Named
@ViewScoped
public class ScheduleLiveView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LiveQa liveQa;

    private String title;
    private String description;
    private LocalDateTime startsAt = LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.HOURS);
    private LocalDateTime endsAt = startsAt.plusHours(1);
    private String streamUrl;
    private boolean moderated = true;
    private boolean anonymousAllowed = true;

    /** Schedules the session and opens its page; a refusal is shown on the form. */
    public String schedule() {
        ZoneId zone = ZoneId.systemDefault();
        try {
            SessionView session = liveQa.schedule(new SessionDraft(title, description,
                    startsAt == null ? null : startsAt.atZone(zone).toInstant(),
                    endsAt == null ? null : endsAt.atZone(zone).toInstant(), null, streamUrl, moderated,
                    anonymousAllowed));
            return "/leadership/live?faces-redirect=true&id=" + session.id();
        } catch (InvalidInputException | NotAllowedException e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public void setStreamUrl(String streamUrl) {
        this.streamUrl = streamUrl;
    }

    public boolean isModerated() {
        return moderated;
    }

    public void setModerated(boolean moderated) {
        this.moderated = moderated;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public void setAnonymousAllowed(boolean anonymousAllowed) {
        this.anonymousAllowed = anonymousAllowed;
    }
}
