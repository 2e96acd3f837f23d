package org.agora.feed;

/** How a colleague responds to a post without words; stored by name, so constants are only ever added. */
public enum ReactionKind {
    LIKE, CELEBRATE, INSIGHTFUL, SUPPORT
}
