package org.agora.people;

import java.util.Comparator;
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

/** Finds colleagues: the signed-in employee, everyone active, the executives. */
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

    public List<PersonSummary> activeEmployees() {
        return em.createQuery("select distinct e from Employee e left join fetch e.expertise where e.active = true "
                        + "order by e.fullName", Employee.class)
                .getResultStream().map(PersonSummary::of).toList();
    }

    /** Active employees who declared {@code tag}, the most endorsed for it first. */
    public List<ExpertPerson> withExpertise(String tag) {
        String canonical = ExpertiseTag.canonical(tag);
        List<Employee> experts = em.createQuery("""
                        select distinct e from Employee e join e.expertise t left join fetch e.expertise
                        where e.active = true and t = :tag""", Employee.class)
                .setParameter("tag", canonical)
                .getResultList();
        Map<Long, Long> endorsements = em.createQuery("""
                        select n.key.employeeId, count(n) from Endorsement n where n.key.tag = :tag
                        group by n.key.employeeId""", Object[].class)
                .setParameter("tag", canonical)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
        return experts.stream()
                .map(e -> new ExpertPerson(PersonSummary.of(e), endorsements.getOrDefault(e.getId(), 0L)))
                .sorted(Comparator.comparingLong(ExpertPerson::endorsements).reversed()
                        .thenComparing(expert -> expert.person().fullName()))
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
