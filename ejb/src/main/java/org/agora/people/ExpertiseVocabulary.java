package org.agora.people;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;

/** The topics employees declare: their canonical names, aliases an administrator merged, suggestions. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class ExpertiseVocabulary {

    private static final Logger LOG = Logger.getLogger(ExpertiseVocabulary.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<EmployeeChanged> employeeChanged;

    /** The tag a typed topic stands for: its canonical form, or what that alias was merged into. */
    public String resolve(String typed) {
        String tag = ExpertiseTag.of(typed);
        List<?> mergedInto = em.createNativeQuery("select canonical from expertise_alias where alias = ?1")
                .setParameter(1, tag)
                .getResultList();
        return mergedInto.isEmpty() ? tag : (String) mergedInto.get(0);
    }

    /** Existing tags that start with what was typed, the most declared first. */
    public List<TagUsage> suggest(String typed, int limit) {
        String prefix = ExpertiseTag.canonical(typed);
        return em.createQuery("""
                        select new org.agora.people.TagUsage(t, count(e)) from Employee e join e.expertise t
                        where e.active = true and t like :prefix
                        group by t order by count(e) desc, t""", TagUsage.class)
                .setParameter("prefix", prefix.replace("%", "").replace("_", "") + "%")
                .setMaxResults(Math.max(1, Math.min(limit, 50)))
                .getResultList();
    }

    /**
     * Merges {@code alias} into {@code canonical} everywhere: employees who declared the alias now declare the
     * canonical tag, their endorsements move with it (a colleague who endorsed both counts once), and typing the
     * alias later resolves to the canonical tag.
     */
    @RolesAllowed(Role.ADMIN_ROLE)
    public int merge(String aliasTyped, String canonicalTyped) {
        String alias = ExpertiseTag.of(aliasTyped);
        String canonical = resolve(canonicalTyped);
        if (alias.equals(canonical)) {
            throw new InvalidInputException("Choose two different topics to merge.");
        }
        List<Long> affected = em.createQuery("select e.id from Employee e join e.expertise t where t = :alias", Long.class)
                .setParameter("alias", alias).getResultList();
        int employees = em.createNativeQuery("""
                        insert into employee_expertise (employee_id, tag)
                        select employee_id, ?2 from employee_expertise a where a.tag = ?1
                        and not exists (select 1 from employee_expertise c where c.employee_id = a.employee_id and c.tag = ?2)""")
                .setParameter(1, alias).setParameter(2, canonical).executeUpdate();
        em.createNativeQuery("""
                        insert into endorsement (endorser_id, employee_id, tag, endorsed_at)
                        select endorser_id, employee_id, ?2, endorsed_at from endorsement a where a.tag = ?1
                        and not exists (select 1 from endorsement c where c.endorser_id = a.endorser_id
                                        and c.employee_id = a.employee_id and c.tag = ?2)""")
                .setParameter(1, alias).setParameter(2, canonical).executeUpdate();
        em.createNativeQuery("delete from endorsement where tag = ?1").setParameter(1, alias).executeUpdate();
        em.createNativeQuery("delete from employee_expertise where tag = ?1").setParameter(1, alias).executeUpdate();
        em.createNativeQuery("update expertise_alias set canonical = ?2 where canonical = ?1")
                .setParameter(1, alias).setParameter(2, canonical).executeUpdate();
        em.createNativeQuery("delete from expertise_alias where alias = ?1").setParameter(1, alias).executeUpdate();
        em.createNativeQuery("insert into expertise_alias (alias, canonical, merged_at) values (?1, ?2, ?3)")
                .setParameter(1, alias).setParameter(2, canonical).setParameter(3, Instant.now()).executeUpdate();
        affected.forEach(id -> employeeChanged.fire(new EmployeeChanged(id)));
        LOG.info(() -> "Expertise '" + alias + "' merged into '" + canonical + "'");
        return employees;
    }
}
