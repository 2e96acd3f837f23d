package org.agora.audit;

/** What happened, in the audit log's own words. */
public enum AuditAction {
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    ACCOUNT_LOCKED("Account locked"),
    ACCOUNT_UNLOCKED("Account unlocked"),
    SIGNED_OUT("Signed out"),
    PASSWORD_CHANGED("Password changed"),
    ROLES_CHANGED("Roles changed"),
    TOKEN_CREATED("Access token created"),
    TOKEN_REVOKED("Access token revoked"),
    CONTENT_HIDDEN("Content hidden"),
    PEOPLE_IMPORTED("People imported"),
    EMPLOYEE_PROVISIONED("Employee provisioned"),
    EMPLOYEE_DEACTIVATED("Employee deactivated"),
    /** Who asked an anonymous live Q&A question: kept here, and shown nowhere else. */
    ANONYMOUS_QUESTION_ASKED("Anonymous question asked"),
    /** Recognitions of a period exported as CSV: names and messages leave the system. */
    RECOGNITIONS_EXPORTED("Recognitions exported");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
