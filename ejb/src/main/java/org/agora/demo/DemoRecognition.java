package org.agora.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.Post;
import org.agora.feed.PostBody;
import org.agora.feed.PostKind;
import org.agora.feed.PostPublished;
import org.agora.people.Employee;
import org.agora.recognition.Badge;
import org.agora.recognition.BadgeDraft;
import org.agora.recognition.BadgeGivers;
import org.agora.recognition.BadgeIcon;
import org.agora.recognition.Recognition;
import org.agora.recognition.RecognitionProgramme;
import org.agora.recognition.RecognitionVisibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo company's recognition: HR's "Values awards" programme with its badges, and half a year of colleagues
 * recognising each other, so that the feed, profiles and HR's charts have something real on them. The Finance
 * department's teams are left out on purpose: HR's insights then show teams recognition misses. Loaded once, after
 * the demo company, when no programme exists yet.
 */
@Singleton
@Startup
@DependsOn("DemoCompany")
public class DemoRecognition {

    private static final Logger LOG = Logger.getLogger(DemoRecognition.class.getName());
    private static final long SEED = 20_261_202L;
    private static final int RECOGNITIONS = 240;
    private static final int DAYS = 180;

    private record Planned(String name, BadgeIcon icon, String value, BadgeGivers givers, Integer allowance,
                           String description) {
    }

    private static final List<Planned> BADGES = List.of(
            new Planned("Customer hero", BadgeIcon.HEART, "Customers first", BadgeGivers.EVERYONE, null,
                    "Went out of their way for a customer."),
            new Planned("Above and beyond", BadgeIcon.STAR, "Ownership", BadgeGivers.EVERYONE, 5,
                    "Did more than anyone asked, and it showed."),
            new Planned("Team player", BadgeIcon.USERS, "One team", BadgeGivers.EVERYONE, null,
                    "Made the people around them better."),
            new Planned("Bright idea", BadgeIcon.LIGHTBULB, "Curiosity", BadgeGivers.EVERYONE, null,
                    "An idea that changed how we work."),
            new Planned("Leadership award", BadgeIcon.CROWN, "Ownership", BadgeGivers.MANAGERS, 2,
                    "Given by managers for leading without being asked to."),
            new Planned("Culture champion", BadgeIcon.TROPHY, "One team", BadgeGivers.HR, null,
                    "HR's thanks for making this a better place to work."));

    private static final List<String> MESSAGES = List.of(
            "Thank you for staying late to get the release out. The customer noticed, and so did we.",
            "You turned a difficult renewal call into a plan the customer is excited about.",
            "Your onboarding notes saved the new joiners days. Everyone is using them now.",
            "Thanks for jumping in on the incident on Saturday and writing the clearest post-mortem I have read.",
            "The workshop you ran made our quarterly planning twice as fast.",
            "You spotted the pricing mistake before it reached a single customer. Thank you!",
            "Always the first to help a colleague who is stuck. This is what one team means.",
            "Your idea to batch the nightly jobs cut our cloud bill noticeably. Brilliant.",
            "Thank you for mentoring the interns this summer with so much patience.",
            "The demo you prepared won us the deal. Great work under a tight deadline.",
            "You made the office move painless for forty people. Thank you!",
            "Thanks for translating the product guide into Portuguese on your own initiative.");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PostPublished> postPublished;

    @Inject
    @ConfigProperty(name = "agora.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void loadOnce() {
        if (!enabled || em.createQuery("select count(p) from RecognitionProgramme p", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Employee> byUsername = new HashMap<>();
        em.createQuery("select a.username, a.employee from Account a", Object[].class)
                .getResultStream().forEach(row -> byUsername.put((String) row[0], (Employee) row[1]));
        if (!byUsername.keySet().containsAll(List.of("sam", "priya", "tomas", "marcus"))) {
            return; // not the demo company
        }
        Instant now = Instant.now();
        RecognitionProgramme programme = new RecognitionProgramme("Values awards",
                "Recognise the colleagues who live our values. Every badge stands for one of them.",
                LocalDate.now().minusDays(DAYS + 10), null, now.minus(DAYS + 10, ChronoUnit.DAYS));
        em.persist(programme);
        List<Badge> badges = new ArrayList<>();
        for (Planned planned : BADGES) {
            Badge badge = new Badge(programme, new BadgeDraft(planned.name(), planned.icon(), planned.description(),
                    planned.value(), planned.givers(), planned.allowance()));
            em.persist(badge);
            badges.add(badge);
        }
        List<Post> posts = recognise(byUsername, badges, now);
        posts.forEach(post -> postPublished.fire(post.published()));
        LOG.info(() -> "Demo recognition loaded: " + badges.size() + " badges, " + posts.size() + " recognitions");
    }

    private List<Post> recognise(Map<String, Employee> byUsername, List<Badge> badges, Instant now) {
        Random random = new Random(SEED);
        List<Employee> people = new ArrayList<>(byUsername.values());
        people.sort(Comparator.comparing(Employee::getEmployeeNumber));
        List<Employee> recognisable = people.stream()
                .filter(employee -> !DemoCompanyGenerator.FINANCE.equals(employee.getDepartment())).toList();
        List<Badge> everyonesBadges = badges.stream().filter(badge -> badge.getGivers() == BadgeGivers.EVERYONE).toList();
        List<Post> posts = new ArrayList<>();
        // the demo users each received a few, so their profiles and notifications show badges at once
        for (String username : List.of("sam", "tomas", "priya", "sam")) {
            posts.add(persist(byUsername.get("marcus"), Set.of(byUsername.get(username)),
                    everyonesBadges.get(posts.size() % everyonesBadges.size()), MESSAGES.get(posts.size()),
                    RecognitionVisibility.COMPANY, now.minus(Duration.ofHours(2L + posts.size() * 20L))));
        }
        for (int i = 0; i < RECOGNITIONS; i++) {
            Employee giver = recognisable.get(random.nextInt(recognisable.size()));
            Set<Employee> recipients = new LinkedHashSet<>();
            int count = random.nextInt(10) < 8 ? 1 : 2;
            while (recipients.size() < count) {
                Employee recipient = recognisable.get(random.nextInt(recognisable.size()));
                if (!recipient.getId().equals(giver.getId())) {
                    recipients.add(recipient);
                }
            }
            // recognition grew over the half year, as a programme does once people know it
            double age = Math.sqrt(random.nextDouble());
            Instant when = now.minus(Duration.ofMinutes((long) ((1 - age) * DAYS * 24 * 60) + 60));
            Badge badge = everyonesBadges.get(random.nextInt(everyonesBadges.size()));
            RecognitionVisibility visibility = random.nextInt(10) == 0 ? RecognitionVisibility.TEAM
                    : RecognitionVisibility.COMPANY;
            posts.add(persist(giver, recipients, badge, MESSAGES.get(random.nextInt(MESSAGES.size())), visibility, when));
        }
        return posts;
    }

    private Post persist(Employee giver, Set<Employee> recipients, Badge badge, String message,
                         RecognitionVisibility visibility, Instant when) {
        Post post = new Post(giver, null, PostBody.fromUserInput(message), when.truncatedTo(ChronoUnit.MILLIS));
        post.markAs(PostKind.RECOGNITION, false, null);
        if (visibility == RecognitionVisibility.TEAM) {
            post.restrictTo(Recognition.teamOf(recipients));
        }
        em.persist(post);
        em.persist(Recognition.withBadge(post, badge, giver, visibility, recipients));
        return post;
    }
}
