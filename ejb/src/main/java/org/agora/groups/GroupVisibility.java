package org.agora.groups;

/** Who can find a group and read what is posted in it. */
public enum GroupVisibility {
    /** Listed; everyone reads and may join. */
    PUBLIC,
    /** Listed; only members read the content. */
    PRIVATE,
    /** Invisible to anyone who is not a member. */
    SECRET
}
