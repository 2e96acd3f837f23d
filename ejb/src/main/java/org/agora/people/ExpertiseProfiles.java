package org.agora.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads employees as people search indexes them. Called by the search outbox drainer, which runs without a
 * signed-in user; it only reads what every employee may see on a profile.
 */
@Stateless
@PermitAll
public class ExpertiseProfiles {

    @PersistenceContext
    EntityManager em;

    public List<Long> employeeIds() {
        return em.createQuery("select e.id from Employee e order by e.id", Long.class).getResultList();
    }

    public Optional<ExpertiseProfile> of(long employeeId) {
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null) {
            return Optional.empty();
        }
        Map<String, Long> endorsements = em.createQuery("""
                        select n.key.tag, count(n) from Endorsement n where n.key.employeeId = :id group by n.key.tag""",
                        Object[].class)
                .setParameter("id", employeeId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        var topics = employee.getExpertise().stream().sorted()
                .map(tag -> new ExpertiseProfile.Topic(tag, endorsements.getOrDefault(tag, 0L)))
                .toList();
        Location location = employee.getLocation();
        return Optional.of(new ExpertiseProfile(employeeId, employee.getFullName(), employee.initials(),
                employee.getPhotoVersion(), employee.getTitle(),
                employee.getDepartment(), location == null ? null : location.city(),
                location == null ? null : location.country(), employee.isActive(), topics));
    }
}
