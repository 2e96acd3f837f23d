package org.agora.search;

import java.util.List;

import org.agora.feed.PostPublished;

/**
 * A piece of content as the {@code content} index stores it.
 *
 * @param readableBy who may see it: {@code everyone}, or {@code group-<id>} for the members of a group;
 *                   queries filter on it, so membership changes apply without reindexing
 */
public record ContentDocument(String type, String body, String authorId, String authorName, String authorDepartment,
                              String groupId, String groupName, List<String> readableBy, String createdAt) {

    public static final String EVERYONE = "everyone";

    public static String readableByMembersOf(long groupId) {
        return "group-" + groupId;
    }

    public static String postId(long postId) {
        return "post-" + postId;
    }

    static ContentDocument of(PostPublished post) {
        String audience = post.openToEveryone() ? EVERYONE : readableByMembersOf(post.groupId());
        return new ContentDocument("post", post.text(), String.valueOf(post.authorId()), post.authorName(),
                post.authorDepartment(), post.groupId() == null ? null : String.valueOf(post.groupId()),
                post.groupName(), List.of(audience), post.createdAt().toString());
    }
}
