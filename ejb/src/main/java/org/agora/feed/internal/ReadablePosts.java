package org.agora.feed.internal;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.Audience;
import org.agora.feed.Post;
import org.agora.groups.GroupDirectory;
import org.agora.identity.CurrentEmployee;
import org.agora.people.Employee;
import org.agora.shared.NotFoundException;

/** Which posts the signed-in employee may read: the one rule every feed service asks. */
@ApplicationScoped
class ReadablePosts {

    /**
     * Posts the caller may read, as JPQL over {@code Post p} joined to {@code p.group g}: Post.isReadableBy, except
     * that feeds leave out hidden posts even for their authors (who see them on the post's own page). Parameters
     * {@code :memberGroups} and {@code :audiences}.
     */
    static final String READABLE = " (p.hiddenAt is null and (g is null or g.visibility = org.agora.groups.GroupVisibility.PUBLIC"
            + " or g.id in :memberGroups) and (p.restricted = false or exists (select 1 from Post q join q.audience a"
            + " where q.id = p.id and a in :audiences)))";

    @PersistenceContext
    EntityManager em;

    @Inject
    GroupDirectory groups;

    @Inject
    CurrentEmployee currentEmployee;

    /** The post, if the employee may read it; otherwise {@code NotFoundException}, as if it did not exist. */
    Post find(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null || !post.isReadableBy(currentEmployee.id(), groups.myGroupIds(), personalAudiences())) {
            throw new NotFoundException("There is no post " + postId + " you can read.");
        }
        return post;
    }

    /** The audiences the employee belongs to by who they are, for restricted posts. */
    Set<String> personalAudiences() {
        Employee me = currentEmployee.get();
        return Audience.of(me.getId(), me.getDepartment());
    }

    /** The groups whose posts the employee reads, for {@code :memberGroups}; never empty, as an IN list may not be. */
    Set<Long> memberGroups() {
        Set<Long> memberGroups = new HashSet<>(groups.myGroupIds());
        memberGroups.add(-1L);
        return memberGroups;
    }
}
