package org.agora.notifications;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.Audience;
import org.agora.feed.EmployeesMentioned;
import org.agora.feed.Post;
import org.agora.people.Employee;

/**
 * Tells colleagues they were mentioned, in the transaction of the post. Someone who may not read the post (outside
 * a private group, or the audience of a post for a few) is not told: the notice would reveal what it says.
 */
@ApplicationScoped
public class MentionNotices {

    /** The detail of a mention made in a comment rather than in the post itself. */
    static final String IN_COMMENT = "comment";

    @PersistenceContext
    EntityManager em;

    @Inject
    Notices notices;

    void onMention(@Observes EmployeesMentioned mention) {
        Set<Long> readers = new HashSet<>(mention.employeeIds());
        if (!mention.openToEveryone() && mention.groupId() == null) {
            // a post for a few, such as a team recognition: only the mentioned in its audience are told
            Post post = em.find(Post.class, mention.postId());
            Set<String> audience = post == null ? Set.of() : post.getAudience();
            readers.removeIf(reader -> {
                Employee employee = em.find(Employee.class, reader);
                return employee == null || Collections.disjoint(audience, Audience.of(reader, employee.getDepartment()));
            });
        } else if (!mention.openToEveryone()) {
            readers.retainAll(em.createQuery("""
                            select m.employee.id from GroupMembership m
                            where m.group.id = :group and m.employee.id in :mentioned""", Long.class)
                    .setParameter("group", mention.groupId())
                    .setParameter("mentioned", mention.employeeIds())
                    .getResultList());
        }
        String where = mention.inComment() ? IN_COMMENT : null;
        readers.forEach(reader -> notices.store(new Notification(reader, NotificationKind.MENTION, mention.authorId(), where,
                mention.postId())));
    }
}
