package org.agora.people.scim;

import jakarta.ejb.ApplicationException;

/**
 * A request SCIM's rules refuse, with the HTTP status and the {@code scimType} RFC 7644 §3.12 gives it; the detail
 * is written for the administrator reading the identity provider's provisioning log.
 */
@ApplicationException(rollback = true)
public class ScimException extends RuntimeException {

    private final int status;
    private final String scimType;

    private ScimException(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimException invalidValue(String detail) {
        return new ScimException(400, "invalidValue", detail);
    }

    public static ScimException invalidFilter(String detail) {
        return new ScimException(400, "invalidFilter", detail);
    }

    public static ScimException invalidPath(String detail) {
        return new ScimException(400, "invalidPath", detail);
    }

    public static ScimException invalidSyntax(String detail) {
        return new ScimException(400, "invalidSyntax", detail);
    }

    public static ScimException noTarget(String detail) {
        return new ScimException(400, "noTarget", detail);
    }

    public static ScimException mutability(String detail) {
        return new ScimException(400, "mutability", detail);
    }

    public static ScimException uniqueness(String detail) {
        return new ScimException(409, "uniqueness", detail);
    }

    public static ScimException notFound(String detail) {
        return new ScimException(404, null, detail);
    }

    public int status() {
        return status;
    }

    /** Null when the status says it all. */
    public String scimType() {
        return scimType;
    }
}
