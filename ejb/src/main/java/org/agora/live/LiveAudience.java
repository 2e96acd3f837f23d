package org.agora.live;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CallerAccounts;

/**
 * Answers the questions a live connection needs, outside any request: whose browser it is, which of the connected
 * employees may read a post (only members hear of a post in a private or secret group), and whose home feed it is in.
 */
@ApplicationScoped
public class LiveAudience {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts accounts;

    /** The employee whose browser connected, by the name they signed in with. */
    public Optional<Long> employeeIdOf(String callerName) {
        return accounts.employeeIdOf(callerName);
    }

    /**
     * Those of {@code readers} whose home feed shows a post of {@code authorId} in {@code groupId}: they follow the
     * author or belong to the group.
     */
    public Set<Long> following(Set<Long> readers, long authorId, Long groupId) {
        if (readers.isEmpty()) {
            return readers;
        }
        Set<Long> following = new HashSet<>(em.createQuery("""
                        select f.key.followerId from Follow f
                        where f.key.followedId = :author and f.key.followerId in :readers""", Long.class)
                .setParameter("author", authorId)
                .setParameter("readers", readers)
                .getResultList());
        if (groupId != null) {
            following.addAll(em.createQuery("""
                            select m.employee.id from GroupMembership m
                            where m.group.id = :group and m.employee.id in :readers""", Long.class)
                    .setParameter("group", groupId)
                    .setParameter("readers", readers)
                    .getResultList());
        }
        return following;
    }

    /** Those of {@code connected} who may read a post of {@code groupId} (null: a profile post, open to all). */
    public Set<Long> readers(Set<Long> connected, Long groupId, boolean openToEveryone) {
        if (openToEveryone || connected.isEmpty()) {
            return connected;
        }
        return new HashSet<>(em.createQuery("""
                        select m.employee.id from GroupMembership m
                        where m.group.id = :group and m.employee.id in :connected""", Long.class)
                .setParameter("group", groupId)
                .setParameter("connected", connected)
                .getResultList());
    }
}
