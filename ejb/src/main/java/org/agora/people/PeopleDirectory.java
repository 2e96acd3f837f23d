package org.agora.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.NotFoundException;

/** Finds colleagues in the database: the signed-in employee, by name, by declared topic, the executives. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class PeopleDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    public PersonSummary me() {
        return PersonSummary.of(currentEmployee.get());
    }

    /** How many active employees declared {@code tag}. */
    public long countWithExpertise(String tag) {
        return em.createQuery("select count(e) from Employee e join e.expertise t where e.active = true and t = :tag",
                        Long.class)
                .setParameter("tag", ExpertiseTag.canonical(tag))
                .getSingleResult();
    }

    /** The {@code limit} active employees who declared {@code tag} that colleagues endorse most for it. */
    public List<ExpertPerson> withExpertise(String tag, int limit) {
        String canonical = ExpertiseTag.canonical(tag);
        List<Object[]> ranked = em.createQuery("""
                        select e.id, (select count(n) from Endorsement n where n.key.employeeId = e.id and n.key.tag = :tag)
                        from Employee e join e.expertise t
                        where e.active = true and t = :tag
                        order by 2 desc, e.fullName, e.id""", Object[].class)
                .setParameter("tag", canonical)
                .setMaxResults(Math.max(1, Math.min(limit, 200)))
                .getResultList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, Employee> employees = em.createQuery(
                        "select distinct e from Employee e left join fetch e.expertise where e.id in :ids", Employee.class)
                .setParameter("ids", ranked.stream().map(row -> (Long) row[0]).toList())
                .getResultStream()
                // a fetch join may repeat an employee once per topic: keep one
                .collect(Collectors.toMap(Employee::getId, employee -> employee, (same, repeated) -> same));
        return ranked.stream()
                .map(row -> new ExpertPerson(PersonSummary.of(employees.get((Long) row[0])), ((Number) row[1]).longValue()))
                .toList();
    }

    /** One employee as lists show them, also a former one. */
    public PersonSummary summary(long employeeId) {
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null) {
            throw new NotFoundException("There is no employee " + employeeId + ".");
        }
        return PersonSummary.of(employee);
    }

    /** Typeahead over active colleagues' names: whose name has {@code typed} in it, alphabetically. */
    public List<PersonSummary> suggest(String typed, int limit) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("""
                        select e from Employee e where e.active = true and lower(e.fullName) like :pattern escape '\\'
                        order by e.fullName""", Employee.class)
                .setParameter("pattern", pattern)
                .setMaxResults(Math.min(Math.max(limit, 1), 20))
                .getResultStream().map(PersonSummary::of).toList();
    }

    public List<PersonSummary> executives() {
        return em.createQuery("""
                        select distinct e from Account a join a.roles r join a.employee e left join fetch e.expertise
                        where e.active = true and r = org.agora.identity.Role.EXECUTIVE
                        order by e.fullName""", Employee.class)
                .getResultStream().map(PersonSummary::of).toList();
    }
}
