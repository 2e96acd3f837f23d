package org.agora.identity;

/** Who a valid token speaks for, and what it may do. */
public record TokenBearer(String username, TokenScope scope, long tokenId) {
}
