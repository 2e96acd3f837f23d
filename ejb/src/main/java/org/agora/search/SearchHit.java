package org.agora.search;

import java.time.Instant;

/**
 * One result: a post, or a comment on one ({@code commentId}); either way it opens the post. {@code snippetHtml} is
 * escaped text with the matching words in {@code <mark>}; {@code attachmentName} names the document that matched,
 * when the words were found in one; {@code atSecond}, for a video whose captions matched, is where in the film they are
 * said.
 */
public record SearchHit(ContentType type, long postId, Long commentId, String authorName, String groupName,
                        String snippetHtml, String attachmentName, Instant createdAt, Integer atSecond) {
}
