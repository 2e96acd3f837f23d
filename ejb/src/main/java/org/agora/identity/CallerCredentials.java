package org.agora.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * How the caller of this request proved who they are. A token may act for its owner but not manage the owner's
 * tokens or password: otherwise a read-only token could mint itself a writing one.
 */
@RequestScoped
public class CallerCredentials {

    private boolean token;

    public boolean isToken() {
        return token;
    }

    public void usedToken() {
        this.token = true;
    }
}
