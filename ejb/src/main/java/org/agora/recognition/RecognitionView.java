package org.agora.recognition;

import java.util.List;

import org.agora.feed.PostView;

/**
 * A recognition as the feed shows it: the post (the giver's message, with its comments and reactions) and what it
 * celebrates.
 *
 * @param badge null for a milestone
 * @param giver null for a milestone
 * @param years for a work anniversary, how many years; 0 otherwise
 */
public record RecognitionView(PostView post, RecognitionKind kind, BadgeView badge, RecognisedPerson giver,
                              List<RecognisedPerson> recipients, RecognitionVisibility visibility, int years) {

    public long id() {
        return post.id();
    }
}
