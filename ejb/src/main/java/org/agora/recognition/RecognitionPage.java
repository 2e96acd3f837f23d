package org.agora.recognition;

import java.util.List;

import org.agora.feed.FeedCursor;

/** A page of the recognition feed, newest first; {@code nextCursor} is null on the last page. */
public record RecognitionPage(List<RecognitionView> recognitions, FeedCursor nextCursor) {
}
