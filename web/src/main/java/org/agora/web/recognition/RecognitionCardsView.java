package org.agora.web.recognition;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.recognition.RecognitionView;
import org.agora.recognition.Recognitions;

/**
 * What a recognition post celebrates, for the post template wherever the post appears (home feed, profile, the post's
 * own page): read once per request for every post shown.
 */
@Named
@RequestScoped
public class RecognitionCardsView {

    @Inject
    Recognitions recognitions;

    private Map<Long, RecognitionView> loaded;

    public RecognitionView of(long postId, Collection<Long> shownPostIds) {
        if (loaded == null || !loaded.containsKey(postId)) {
            loaded = recognitions.ofPosts(shownPostIds == null || !shownPostIds.contains(postId) ? List.of(postId)
                    : shownPostIds);
        }
        return loaded.get(postId);
    }
}
