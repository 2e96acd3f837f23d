package org.agora.web.moderation;

import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.moderation.Reports;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;
import org.primefaces.PrimeFaces;

/** The report dialog every page has: what is reported, and why. */
@Named
@ViewScoped
public class ReportView implements Serializable {

    static final String NOTICE = "reportNotice";

    @Inject
    Reports reports;

    private Long postId;
    private Long commentId;
    private String reason;

    public void start(long postId, Long commentId) {
        this.postId = postId;
        this.commentId = commentId;
        this.reason = null;
    }

    public void submit() {
        try {
            reports.report(postId, commentId, reason);
            reason = null;
            // shown by the report form's own growl, which shows nothing else
            FacesContext.getCurrentInstance().addMessage(NOTICE, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Thank you. A moderator will look at it; you will not be named to its author.", null));
            PrimeFaces.current().ajax().addCallbackParam("reported", true);
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public boolean isAboutComment() {
        return commentId != null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
