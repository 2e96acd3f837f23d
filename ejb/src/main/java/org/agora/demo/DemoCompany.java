package org.agora.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.demo.DemoCompanyGenerator.DemoCompanyPlan;
import org.agora.demo.DemoCompanyGenerator.DemoEmployee;
import org.agora.demo.DemoCompanyGenerator.DemoEndorsement;
import org.agora.demo.DemoCompanyGenerator.DemoGroup;
import org.agora.demo.DemoCompanyGenerator.DemoPost;
import org.agora.feed.Post;
import org.agora.feed.PostBody;
import org.agora.feed.PostPublished;
import org.agora.groups.CommunityGroup;
import org.agora.groups.GroupMembership;
import org.agora.identity.Account;
import org.agora.identity.PasswordHashing;
import org.agora.people.Employee;
import org.agora.people.EmployeeChanged;
import org.agora.people.EmployeeEndorsed;
import org.agora.people.Endorsement;
import org.agora.people.Follow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo company into an empty database at start-up when {@code agora.demo.enabled} is true. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoCompany {

    /** One seed for every start, so the demo company is the same people and posts each time. */
    static final long SEED = 20_240_601L;
    /** Every demo account signs in with this password. */
    static final String PASSWORD = "agora";

    private static final Logger LOG = Logger.getLogger(DemoCompany.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Event<PostPublished> postPublished;

    @Inject
    Event<EmployeeChanged> employeeChanged;

    @Inject
    Event<EmployeeEndorsed> employeeEndorsed;

    @Inject
    @ConfigProperty(name = "agora.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!enabled || companyExists()) {
            return;
        }
        long started = System.nanoTime();
        DemoCompanyPlan plan = DemoCompanyGenerator.generate(SEED, Instant.now());
        // bcrypt is slow on purpose; hashing once for all 300 accounts keeps start-up to seconds instead of a minute
        String passwordHash = passwordHashing.hash(PASSWORD.toCharArray());
        Map<String, Employee> employees = persistEmployees(plan.employees(), passwordHash);
        followTheChiefExecutive(employees);
        Map<String, CommunityGroup> groups = persistGroups(plan.groups(), employees);
        List<Post> posts = persistPosts(plan.posts(), employees, groups);
        posts.addAll(DemoShowcase.persist(em, employees, groups, Instant.now()));
        posts.forEach(post -> postPublished.fire(post.published()));
        persistEndorsements(plan.endorsements(), employees);
        employees.values().forEach(employee -> employeeChanged.fire(new EmployeeChanged(employee.getId())));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Demo company loaded: %d employees, %d groups, %d posts, %d endorsements in %d ms"
                .formatted(employees.size(), groups.size(), posts.size(), plan.endorsements().size(), elapsedMillis));
    }

    private boolean companyExists() {
        return em.createQuery("select count(e) from Employee e", Long.class).getSingleResult() > 0;
    }

    /** The plan lists managers before their reports, so every manager is already there to report to. */
    private Map<String, Employee> persistEmployees(List<DemoEmployee> plannedEmployees, String passwordHash) {
        Map<String, Employee> employees = new HashMap<>();
        for (DemoEmployee planned : plannedEmployees) {
            Employee employee = new Employee(planned.employeeNumber(), planned.fullName(), planned.email(),
                    planned.title(), planned.department(), planned.location(), planned.hireDate());
            planned.expertise().forEach(employee::declareExpertise);
            if (planned.managerUsername() != null) {
                employee.reportTo(employees.get(planned.managerUsername()));
            }
            em.persist(employee);
            em.persist(new Account(planned.username(), passwordHash, employee, planned.roles()));
            employees.put(planned.username(), employee);
        }
        return employees;
    }

    /** Everyone follows the chief executive, as new employees do, so her posts reach every home feed. */
    private void followTheChiefExecutive(Map<String, Employee> employees) {
        long chiefExecutive = employees.get(DemoCompanyGenerator.CHIEF_EXECUTIVE).getId();
        em.flush(); // a follow refers to employees by id only, so they must be written first
        employees.values().stream().filter(employee -> employee.getId() != chiefExecutive)
                .forEach(employee -> em.persist(new Follow(employee.getId(), chiefExecutive)));
    }

    /** Memberships are keyed by the ids of group and employee, which persist has already assigned. */
    private Map<String, CommunityGroup> persistGroups(List<DemoGroup> plannedGroups, Map<String, Employee> employees) {
        Map<String, CommunityGroup> groups = new HashMap<>();
        for (DemoGroup planned : plannedGroups) {
            CommunityGroup group = new CommunityGroup(planned.slug(), planned.name(), planned.description(),
                    planned.visibility());
            em.persist(group);
            for (String username : planned.memberUsernames()) {
                GroupMembership.MemberRole role = username.equals(planned.ownerUsername())
                        ? GroupMembership.MemberRole.OWNER : GroupMembership.MemberRole.MEMBER;
                em.persist(new GroupMembership(group, employees.get(username), role));
            }
            groups.put(planned.slug(), group);
        }
        return groups;
    }

    /** Stored as colleagues' endorsements are, so the endorsed hear about them in the bell. */
    private void persistEndorsements(List<DemoEndorsement> plannedEndorsements, Map<String, Employee> employees) {
        // an endorsement refers to the declared topic, which is written with its employee's collection, after entities
        em.flush();
        for (DemoEndorsement planned : plannedEndorsements) {
            long endorserId = employees.get(planned.endorserUsername()).getId();
            long employeeId = employees.get(planned.employeeUsername()).getId();
            em.persist(new Endorsement(endorserId, employeeId, planned.tag()));
            employeeEndorsed.fire(new EmployeeEndorsed(endorserId, employeeId, planned.tag()));
        }
    }

    private List<Post> persistPosts(List<DemoPost> plannedPosts, Map<String, Employee> employees,
                                    Map<String, CommunityGroup> groups) {
        List<Post> posts = new ArrayList<>();
        for (DemoPost planned : plannedPosts) {
            CommunityGroup group = planned.groupSlug() == null ? null : groups.get(planned.groupSlug());
            Post post = new Post(employees.get(planned.authorUsername()), group, PostBody.fromUserInput(planned.body()),
                    planned.createdAt());
            em.persist(post);
            posts.add(post);
        }
        return posts;
    }
}
