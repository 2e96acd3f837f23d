package org.agora.feed;

import java.time.Instant;

/** An earlier wording of a post and when it was written. */
public record PostRevisionView(String bodyHtml, Instant writtenAt) {
}
