package org.agora.search;

import java.time.Instant;

/**
 * One result: {@code snippetHtml} is escaped text with the matching words in {@code <mark>}.
 */
public record SearchHit(String type, long id, String authorName, String groupName, String snippetHtml,
                        Instant createdAt) {
}
