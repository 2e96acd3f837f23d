package org.agora.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds who a bearer token speaks for, before anyone is signed in. */
@Stateless
@PermitAll
public class TokenAuthentication {

    /** "Last used" is a hint for the owner, not a log: written at most this often, not on every call. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    public Optional<TokenBearer> bearer(String secret) {
        if (secret == null || !secret.startsWith(AccessTokens.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createQuery("select t from AccessToken t join fetch t.account where t.tokenDigest = :digest", AccessToken.class)
                .setParameter("digest", AccessTokens.digest(secret))
                .getResultStream().findFirst()
                .filter(token -> token.isUsableAt(now))
                .filter(token -> token.getAccount().isEnabled() && !token.getAccount().isLockedAt(now))
                .map(token -> {
                    if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(USE_RESOLUTION))) {
                        token.usedAt(now);
                    }
                    return new TokenBearer(token.getAccount().getUsername(), token.getScope(), token.getId());
                });
    }
}
