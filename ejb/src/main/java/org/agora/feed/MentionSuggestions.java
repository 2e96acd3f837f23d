package org.agora.feed;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.Role;
import org.agora.people.Employee;

/**
 * Colleagues to mention while typing "@": current employees whose username starts with, or whose name contains,
 * what follows the "@". A mention is written as {@code @username}, which no namesake makes ambiguous.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class MentionSuggestions {

    static final int MAX = 8;

    @PersistenceContext
    EntityManager em;

    /** A colleague as the mention list offers them. */
    public record Mentionable(long id, String username, String fullName, String title, String initials,
                              Long photoVersion) {
    }

    public List<Mentionable> suggest(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return List.of();
        }
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return em.createQuery("""
                        select a.username, e from Account a join a.employee e
                        where e.active = true
                          and (lower(a.username) like :prefix escape '!' or lower(e.fullName) like :anywhere escape '!')
                        order by case when lower(a.username) like :prefix escape '!' then 0 else 1 end, e.fullName""",
                        Object[].class)
                .setParameter("prefix", escaped + "%")
                .setParameter("anywhere", "%" + escaped + "%")
                .setMaxResults(MAX)
                .getResultStream()
                .map(row -> {
                    Employee person = (Employee) row[1];
                    return new Mentionable(person.getId(), (String) row[0], person.getFullName(), person.getTitle(),
                            person.initials(), person.getPhotoVersion());
                })
                .toList();
    }
}
