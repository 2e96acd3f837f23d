package org.agora.feed;

import java.time.Instant;

import org.agora.shared.InvalidInputException;

/**
 * Where a feed page ends: the time and id of its last post. Pages continue strictly after it,
 * so new posts arriving meanwhile neither shift nor repeat what the reader already saw (no OFFSET).
 */
public record FeedCursor(Instant createdAt, long postId) {

    public static FeedCursor parse(String token) {
        try {
            int separator = token.indexOf('_');
            return new FeedCursor(Instant.ofEpochMilli(Long.parseLong(token.substring(0, separator))),
                    Long.parseLong(token.substring(separator + 1)));
        } catch (RuntimeException e) {
            throw new InvalidInputException("The feed position '" + token + "' is not valid.");
        }
    }

    public String token() {
        return createdAt.toEpochMilli() + "_" + postId;
    }
}
