package org.agora.feed;

import java.util.List;

/** One page of a feed, newest first; {@code nextCursor} continues after its last post, null at the end. */
public record FeedPage(List<PostView> posts, FeedCursor nextCursor) {
}
