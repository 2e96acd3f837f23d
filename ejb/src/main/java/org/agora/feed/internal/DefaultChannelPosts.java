package org.agora.feed.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.ChannelPosts;
import org.agora.feed.EmployeesMentioned;
import org.agora.feed.Post;
import org.agora.feed.PostBody;
import org.agora.feed.PostKind;
import org.agora.feed.PostPublished;
import org.agora.identity.Role;
import org.agora.people.Employee;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultChannelPosts implements ChannelPosts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PostMarkup markup;

    @Inject
    Event<PostPublished> postPublished;

    @Inject
    Event<EmployeesMentioned> employeesMentioned;

    @Override
    public Post publish(Employee author, String body, PostKind kind) {
        PostMarkup.Linked linked = markup.link(PostBody.fromUserInput(body));
        Post post = new Post(author, null, linked.body(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        post.markAs(kind, false, null);
        em.persist(post);
        Set<Long> mentioned = post.tag(linked.mentionedIds(), linked.hashtags());
        PostPublished published = post.published();
        postPublished.fire(published);
        mentioned.remove(author.getId());
        if (!mentioned.isEmpty()) {
            employeesMentioned.fire(new EmployeesMentioned(post.getId(), author.getId(), null, true,
                    Set.copyOf(mentioned), false));
        }
        return post;
    }
}
