package org.agora.notifications;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.EmployeesMentioned;

/**
 * Tells colleagues they were mentioned, in the transaction of the post. Someone who may not read the post (outside
 * a private group) is not told: the notice would reveal what the group discusses.
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
        if (!mention.openToEveryone()) {
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
