package org.agora.identity;

/** A token just made: the only time its secret is known to anyone but its owner. */
public record CreatedToken(AccessTokenView token, String secret) {
}
