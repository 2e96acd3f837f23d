package org.agora.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.agora.moderation.ContentHidden;
import org.agora.people.EmployeeDeactivated;

/** Writes what other capabilities announce into the audit log, in their transaction. */
@ApplicationScoped
public class SecurityEvents {

    @Inject
    AuditLog audit;

    void onContentHidden(@Observes ContentHidden hidden) {
        String subject = hidden.commentId() == null ? "post " + hidden.postId()
                : "comment " + hidden.commentId() + " on post " + hidden.postId();
        audit.record(AuditAction.CONTENT_HIDDEN, subject, hidden.reason());
    }

    void onEmployeeDeactivated(@Observes EmployeeDeactivated deactivated) {
        audit.record(AuditAction.EMPLOYEE_DEACTIVATED, "employee " + deactivated.employeeId(), null);
    }
}
