package org.agora.identity;

import java.io.Serializable;
import java.time.Instant;

/** A token as its owner sees it in the list: never the secret. Serializable, as the tokens page keeps its list. */
public record AccessTokenView(long id, String name, TokenScope scope, String hint, Instant createdAt,
                              Instant expiresAt, Instant lastUsedAt, Instant revokedAt) implements Serializable {

    static AccessTokenView of(AccessToken token) {
        return new AccessTokenView(token.getId(), token.getName(), token.getScope(), token.getHint(),
                token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt());
    }

    public boolean isActive() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
