package org.agora.feed;

import java.util.Map;

/**
 * What colleagues did with a post: reactions counted by kind, the viewer's own (null if none) and how many
 * comments and replies it has.
 */
public record PostActivity(Map<ReactionKind, Long> reactions, ReactionKind myReaction, long comments) {

    public static final PostActivity NONE = new PostActivity(Map.of(), null, 0);

    public long reactionCount(ReactionKind kind) {
        return reactions.getOrDefault(kind, 0L);
    }
}
