package org.agora.identity;

/** What a token may be used for. */
public enum TokenScope {
    /** GET and HEAD requests to the REST API. */
    READ,
    /** Every request to the REST API the owner could make. */
    WRITE,
    /** Provisioning employees through SCIM; administrators only. */
    SCIM;

    public boolean allows(String httpMethod, boolean provisioning) {
        if (provisioning) {
            return this == SCIM;
        }
        return this == WRITE || (this == READ && ("GET".equals(httpMethod) || "HEAD".equals(httpMethod)));
    }
}
