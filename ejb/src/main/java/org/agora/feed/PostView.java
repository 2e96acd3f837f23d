package org.agora.feed;

import java.time.Instant;
import java.util.List;

/**
 * A post as pages and the REST API show it; {@code bodyHtml} is already sanitised.
 *
 * @param editedAt          when the author last changed it, null if never
 * @param acceptedCommentId for a question, the accepted answer; null while it has none
 * @param pinned            an announcement shown at the top of its feed
 * @param hiddenReason      why a moderator hid it, shown to its author only (nobody else sees a hidden post)
 * @param attachments       images and documents, in the author's order
 */
public record PostView(long id, long authorId, String authorName, String authorTitle, String authorInitials,
                       boolean authorFormer, String groupName, String groupSlug, String bodyHtml, Instant createdAt,
                       Instant editedAt, PostKind kind, Long acceptedCommentId, boolean pinned,
                       String hiddenReason, List<AttachmentView> attachments) {

    public boolean question() {
        return kind == PostKind.QUESTION;
    }

    public List<AttachmentView> images() {
        return attachments.stream().filter(AttachmentView::image).toList();
    }

    public List<AttachmentView> documents() {
        return attachments.stream().filter(attachment -> !attachment.image()).toList();
    }

    public boolean answered() {
        return acceptedCommentId != null;
    }

    public static PostView of(Post post) {
        var author = post.getAuthor();
        var group = post.getGroup();
        return new PostView(post.getId(), author.getId(), author.getFullName(), author.getTitle(), author.initials(),
                !author.isActive(), group == null ? null : group.getName(), group == null ? null : group.getSlug(),
                post.getBody().html(), post.getCreatedAt(), post.getEditedAt(), post.getKind(),
                post.getAcceptedCommentId(), post.isPinned(), post.getHiddenReason(),
                post.getAttachments().stream().map(AttachmentView::of).toList());
    }
}
