package org.agora.people;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

/** Profiles, following and endorsements; every method acts as the signed-in employee. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class ProfileService {

    /** Deeper than any real organisation; only a corrupted chain reaches it. */
    static final int MAX_CHAIN = 50;
    private static final Logger LOG = Logger.getLogger(ProfileService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    ExpertiseVocabulary vocabulary;

    @Inject
    Event<EmployeeChanged> employeeChanged;

    @Inject
    Event<EmployeeEndorsed> endorsed;

    @Inject
    Event<EndorsementWithdrawn> endorsementWithdrawn;

    @Inject
    ProfilePhotos photos;

    /** Anyone's profile, also of a former employee, so that their content keeps a name to point to. */
    public Profile profile(long employeeId) {
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null) {
            throw new NotFoundException("There is no colleague " + employeeId + ".");
        }
        long me = currentEmployee.id();
        List<PersonSummary> chain = new ArrayList<>();
        // bounded, so that a cycle written around the service (an import, a database edit) cannot hang the page
        for (Employee m = employee.getManager(); m != null && chain.size() < MAX_CHAIN; m = m.getManager()) {
            chain.add(PersonSummary.of(m));
        }
        List<PersonSummary> reports = em.createQuery(
                        "select e from Employee e where e.manager.id = :id and e.active = true order by e.fullName", Employee.class)
                .setParameter("id", employeeId)
                .getResultStream().map(PersonSummary::of).toList();
        return new Profile(PersonSummary.of(employee), employee.getEmail(), employee.getHireDate(), employee.details(),
                chain, reports,
                expertise(employee, me), count("select count(f) from Follow f where f.key.followedId = :id", employeeId),
                count("select count(f) from Follow f where f.key.followerId = :id", employeeId),
                follows(me, employeeId), me == employeeId, !employee.isActive());
    }

    public Profile myProfile() {
        return profile(currentEmployee.id());
    }

    /** Replaces what the signed-in employee tells colleagues about themselves. */
    public Profile describeMyself(ProfileDetails details) {
        Employee me = currentEmployee.get();
        me.describe(details == null ? new ProfileDetails(null, null, null, null, null).validated() : details.validated());
        employeeChanged.fire(new EmployeeChanged(me.getId()));
        return profile(me.getId());
    }

    /** Replaces the signed-in employee's photo with the uploaded picture (checked, cropped, resized). */
    public Profile changeMyPhoto(InputStream picture) {
        Employee me = currentEmployee.get();
        photos.store(me.getId(), picture);
        me.photoChanged();
        return profile(me.getId());
    }

    /** Adds a topic to the signed-in employee's expertise, under its canonical or merged name. */
    public Profile declareExpertise(String typed) {
        Employee me = currentEmployee.get();
        me.declareExpertise(vocabulary.resolve(typed));
        employeeChanged.fire(new EmployeeChanged(me.getId()));
        return profile(me.getId());
    }

    /** Removes a topic from the signed-in employee's expertise, with the endorsements it had. */
    public Profile withdrawExpertise(String tag) {
        Employee me = currentEmployee.get();
        String canonical = ExpertiseTag.canonical(tag);
        List<Long> endorsers = em.createQuery(
                        "select e.key.endorserId from Endorsement e where e.key.employeeId = :id and e.key.tag = :tag", Long.class)
                .setParameter("id", me.getId()).setParameter("tag", canonical).getResultList();
        em.createQuery("delete from Endorsement e where e.key.employeeId = :id and e.key.tag = :tag")
                .setParameter("id", me.getId()).setParameter("tag", canonical).executeUpdate();
        endorsers.forEach(endorser -> endorsementWithdrawn.fire(new EndorsementWithdrawn(endorser, me.getId(), canonical)));
        me.withdrawExpertise(canonical);
        employeeChanged.fire(new EmployeeChanged(me.getId()));
        return profile(me.getId());
    }

    /** Follows a colleague; following someone already followed changes nothing. */
    public void follow(long employeeId) {
        long me = currentEmployee.id();
        activeEmployee(employeeId);
        if (me == employeeId) {
            throw new InvalidInputException("You cannot follow yourself.");
        }
        currentEmployee.lockForUpdate();
        if (!follows(me, employeeId)) {
            em.persist(new Follow(me, employeeId));
            LOG.fine(() -> "Employee " + me + " follows " + employeeId);
        }
    }

    public void unfollow(long employeeId) {
        em.createQuery("delete from Follow f where f.key.followerId = :me and f.key.followedId = :id")
                .setParameter("me", currentEmployee.id()).setParameter("id", employeeId).executeUpdate();
    }

    /** Endorses one of the topics a colleague declared; endorsing twice counts once. */
    public void endorse(long employeeId, String tag) {
        long me = currentEmployee.id();
        Employee employee = activeEmployee(employeeId);
        if (me == employeeId) {
            throw new InvalidInputException("You cannot endorse your own expertise.");
        }
        String declared = declaredTag(employee, tag);
        currentEmployee.lockForUpdate();
        if (em.find(Endorsement.class, new Endorsement.Key(me, employeeId, declared)) == null) {
            em.persist(new Endorsement(me, employeeId, declared));
            employeeChanged.fire(new EmployeeChanged(employeeId));
            endorsed.fire(new EmployeeEndorsed(me, employeeId, declared));
            LOG.fine(() -> "Employee " + me + " endorsed " + employeeId + " for " + declared);
        }
    }

    /** Takes back the signed-in employee's own endorsement, if there is one. */
    public void withdrawEndorsement(long employeeId, String tag) {
        long me = currentEmployee.id();
        String canonical = vocabulary.resolve(tag);
        int withdrawn = em.createQuery(
                        "delete from Endorsement e where e.key.endorserId = :me and e.key.employeeId = :id and e.key.tag = :tag")
                .setParameter("me", me).setParameter("id", employeeId).setParameter("tag", canonical)
                .executeUpdate();
        if (withdrawn > 0) {
            employeeChanged.fire(new EmployeeChanged(employeeId));
            endorsementWithdrawn.fire(new EndorsementWithdrawn(me, employeeId, canonical));
        }
    }

    private List<Profile.Expertise> expertise(Employee employee, long viewer) {
        Map<String, Long> counts = em.createQuery("""
                        select e.key.tag, count(e) from Endorsement e where e.key.employeeId = :id group by e.key.tag""",
                        Object[].class)
                .setParameter("id", employee.getId())
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        Set<String> mine = new HashSet<>(em.createQuery(
                        "select e.key.tag from Endorsement e where e.key.employeeId = :id and e.key.endorserId = :me", String.class)
                .setParameter("id", employee.getId()).setParameter("me", viewer)
                .getResultList());
        return employee.getExpertise().stream()
                .map(tag -> new Profile.Expertise(tag, counts.getOrDefault(tag, 0L), mine.contains(tag)))
                .sorted((a, b) -> a.endorsements() != b.endorsements()
                        ? Long.compare(b.endorsements(), a.endorsements()) : a.tag().compareTo(b.tag()))
                .toList();
    }

    private String declaredTag(Employee employee, String tag) {
        String canonical = vocabulary.resolve(tag);
        if (!employee.getExpertise().contains(canonical)) {
            throw new InvalidInputException(employee.getFullName() + " has not declared \"" + tag + "\" as expertise.");
        }
        return canonical;
    }

    private boolean follows(long follower, long followed) {
        return em.find(Follow.class, new Follow.Key(follower, followed)) != null;
    }

    private long count(String jpql, long employeeId) {
        return em.createQuery(jpql, Long.class).setParameter("id", employeeId).getSingleResult();
    }

    private Employee activeEmployee(long employeeId) {
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null || !employee.isActive()) {
            throw new NotFoundException("There is no colleague " + employeeId + ".");
        }
        return employee;
    }
}
