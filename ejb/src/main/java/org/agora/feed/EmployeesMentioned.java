package org.agora.feed;

import java.util.Set;

/**
 * A post mentions colleagues for the first time (when written, or added by an edit). Fired in the writing
 * transaction; whoever tells them must check they may read the post.
 *
 * @param groupId   null for a profile post
 * @param inComment whether the mention is in a comment on the post rather than in the post itself
 */
public record EmployeesMentioned(long postId, long authorId, Long groupId, boolean openToEveryone, Set<Long> employeeIds,
                                 boolean inComment) {
}
