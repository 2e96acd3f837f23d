package org.agora.feed;

import java.util.Set;

import org.agora.people.Employee;

/**
 * Posts that other capabilities publish on an employee's profile in their name, such as an executive's video: they
 * then have the feed's comments, reactions, moderation and search. The caller has already checked that the one
 * publishing may speak for {@code author}.
 */
public interface ChannelPosts {

    /**
     * Publishes {@code body} (the author's markup: mentions and hashtags are linked) as a post of {@code kind} that
     * only {@code audience} (see {@link Audience}) and its author may read; an empty audience means everyone. (No
     * shorter overload as a default method: the container refuses calls to a session bean's default methods.)
     */
    Post publish(Employee author, String body, PostKind kind, Set<String> audience);
}
