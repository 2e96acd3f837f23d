package org.agora.audit;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from, filled in by the web tier for the audit log. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
