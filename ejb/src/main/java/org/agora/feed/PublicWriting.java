package org.agora.feed;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What an employee wrote where everyone can read it (their profile, public groups), so people search can rank
 * them for the topics they write about. Private and secret groups never contribute: a people hit is seen by all.
 * Called by the search outbox drainer, which runs without a signed-in user.
 */
@Stateless
@PermitAll
public class PublicWriting {

    /** Enough recent writing to show what someone is about, small enough to keep a person's document light. */
    public static final int RECENT_POSTS = 50;

    @PersistenceContext
    EntityManager em;

    /** The plain text of the author's most recent open posts, newest first. */
    public List<String> recentTextsBy(long authorId) {
        return em.createQuery("""
                        select p.bodyText from Post p left join p.group g
                        where p.author.id = :author and p.hiddenAt is null
                          and (g is null or g.visibility = org.agora.groups.GroupVisibility.PUBLIC)
                        order by p.createdAt desc, p.id desc""", String.class)
                .setParameter("author", authorId)
                .setMaxResults(RECENT_POSTS)
                .getResultList();
    }
}
