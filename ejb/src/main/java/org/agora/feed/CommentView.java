package org.agora.feed;

import java.time.Instant;
import java.util.List;

/**
 * A comment as pages and the REST API show it, with its replies; {@code bodyHtml} is already sanitised.
 * {@code hiddenReason} says why a moderator hid it; only its author still sees such a comment.
 */
public record CommentView(long id, long authorId, String authorName, String authorInitials, Long authorPhotoVersion,
                          boolean authorFormer, String bodyHtml, Instant createdAt, List<CommentView> replies,
                          String hiddenReason) {

    public static CommentView of(Comment comment, List<CommentView> replies) {
        var author = comment.getAuthor();
        return new CommentView(comment.getId(), author.getId(), author.getFullName(), author.initials(),
                author.getPhotoVersion(), !author.isActive(), comment.getBodyHtml(), comment.getCreatedAt(), replies,
                comment.getHiddenReason());
    }
}
