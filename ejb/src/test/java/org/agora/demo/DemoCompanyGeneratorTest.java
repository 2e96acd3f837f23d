package org.agora.demo;

import static org.agora.demo.DemoCompanyGenerator.CHIEF_EXECUTIVE;
import static org.agora.demo.DemoCompanyGenerator.ENGINEERING;
import static org.agora.demo.DemoCompanyGenerator.EXECUTIVE;
import static org.agora.demo.DemoCompanyGenerator.PEOPLE;
import static org.agora.demo.DemoCompanyGenerator.PROJECT_NIGHTINGALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agora.demo.DemoCompanyGenerator.DemoCompanyPlan;
import org.agora.demo.DemoCompanyGenerator.DemoEmployee;
import org.agora.demo.DemoCompanyGenerator.DemoEndorsement;
import org.agora.demo.DemoCompanyGenerator.DemoGroup;
import org.agora.demo.DemoCompanyGenerator.DemoPost;
import org.agora.feed.PostBody;
import org.agora.groups.GroupVisibility;
import org.agora.identity.Role;
import org.junit.jupiter.api.Test;

class DemoCompanyGeneratorTest {

    private static final Instant NOW = Instant.parse("2025-03-14T10:15:30.123456Z");
    private static final long SEED = DemoCompany.SEED;

    private final DemoCompanyPlan plan = DemoCompanyGenerator.generate(SEED, NOW);
    private final Map<String, DemoEmployee> byUsername = plan.employees().stream()
            .collect(Collectors.toMap(DemoEmployee::username, Function.identity()));

    @Test
    void generationIsDeterministicForASeed() {
        assertEquals(plan, DemoCompanyGenerator.generate(SEED, NOW));
        assertNotEquals(plan, DemoCompanyGenerator.generate(SEED + 1, NOW));
    }

    @Test
    void aboutThreeHundredEmployeesWithUniqueUsernamesEmailsAndNumbers() {
        int count = plan.employees().size();
        assertTrue(count >= 280 && count <= 320, count + " employees");
        assertEquals(count, byUsername.size());
        assertEquals(count, plan.employees().stream().map(DemoEmployee::email).distinct().count());
        assertEquals(count, plan.employees().stream().map(DemoEmployee::employeeNumber).distinct().count());
        assertTrue(plan.employees().stream().allMatch(e -> e.employeeNumber().matches("E\\d{5}")));
        assertEquals("E00001", byUsername.get(CHIEF_EXECUTIVE).employeeNumber());
    }

    @Test
    void emailsAreLowerCaseAsciiAndUsernamesArePartBeforeTheAt() {
        for (DemoEmployee employee : plan.employees()) {
            assertTrue(employee.email().matches("[a-z0-9.]+@agora\\.example"), employee.email());
            assertEquals(employee.username() + "@agora.example", employee.email());
        }
        assertTrue(byUsername.values().stream().anyMatch(e -> e.username().matches("[a-z0-9]+\\.[a-z0-9]+\\d")),
                "a name that was taken gets a number");
    }

    @Test
    void foldsNamesToAscii() {
        assertEquals("tomas", DemoCompanyGenerator.ascii("Tomás"));
        assertEquals("yilmaz", DemoCompanyGenerator.ascii("Yılmaz"));
        assertEquals("obrien", DemoCompanyGenerator.ascii("O'Brien"));
        assertEquals("weiling", DemoCompanyGenerator.ascii("Wei Ling"));
        assertEquals("jiwoo", DemoCompanyGenerator.ascii("Ji-woo"));
    }

    @Test
    void theFixedDemoLoginsExistWithTheirRoles() {
        assertPerson("helena", "Helena Virtanen", "Chief Executive Officer", EXECUTIVE, "London",
                EnumSet.of(Role.EMPLOYEE, Role.EXECUTIVE));
        assertPerson("marcus", "Marcus Chen", "VP Engineering", ENGINEERING, "Singapore",
                EnumSet.of(Role.EMPLOYEE, Role.EXECUTIVE));
        assertPerson("priya", "Priya Raman", "HR Director", PEOPLE, "Bangalore", EnumSet.of(Role.EMPLOYEE, Role.HR));
        assertPerson("tomas", "Tomás Álvarez", "Community Manager", "Marketing", "São Paulo",
                EnumSet.of(Role.EMPLOYEE, Role.MODERATOR));
        assertPerson("alex", "Alex Morgan", "IT Administrator", "Operations", "Berlin",
                EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        assertPerson("sam", "Sam Taylor", "Software Engineer", ENGINEERING, "London", EnumSet.of(Role.EMPLOYEE));
        assertTrue(byUsername.get("sam").expertise().containsAll(List.of("kubernetes", "java")));
    }

    private void assertPerson(String username, String fullName, String title, String department, String city,
                              Set<Role> roles) {
        DemoEmployee employee = byUsername.get(username);
        assertNotNull(employee, username);
        assertEquals(fullName, employee.fullName());
        assertEquals(title, employee.title());
        assertEquals(department, employee.department());
        assertEquals(city, employee.location().city());
        assertEquals(roles, employee.roles());
    }

    @Test
    void everyAccountIsAnEmployeeAndOnlyHeadsAreExecutives() {
        for (DemoEmployee employee : plan.employees()) {
            assertTrue(employee.roles().contains(Role.EMPLOYEE), employee.username());
            boolean reportsToCeo = CHIEF_EXECUTIVE.equals(employee.managerUsername());
            boolean executive = employee.roles().contains(Role.EXECUTIVE);
            boolean expected = employee.username().equals(CHIEF_EXECUTIVE)
                    || reportsToCeo && !employee.department().equals(PEOPLE);
            assertEquals(expected, executive, employee.username());
        }
    }

    @Test
    void everyManagementChainReachesTheChiefExecutiveWithoutCycles() {
        for (DemoEmployee employee : plan.employees()) {
            Set<String> seen = new HashSet<>();
            DemoEmployee current = employee;
            while (current.managerUsername() != null) {
                assertTrue(seen.add(current.username()), "cycle through " + current.username());
                current = byUsername.get(current.managerUsername());
                assertNotNull(current, employee.username() + " reports to someone unknown");
            }
            assertEquals(CHIEF_EXECUTIVE, current.username());
        }
        assertNull(byUsername.get(CHIEF_EXECUTIVE).managerUsername());
    }

    @Test
    void managersAreListedBeforeTheirReports() {
        Set<String> listed = new HashSet<>();
        for (DemoEmployee employee : plan.employees()) {
            if (employee.managerUsername() != null) {
                assertTrue(listed.contains(employee.managerUsername()), employee.username());
            }
            listed.add(employee.username());
        }
    }

    @Test
    void eachDepartmentHasOneHeadAndTheRestReportWithinTheirDepartment() {
        Map<String, Long> headsPerDepartment = plan.employees().stream()
                .filter(e -> CHIEF_EXECUTIVE.equals(e.managerUsername()))
                .collect(Collectors.groupingBy(DemoEmployee::department, Collectors.counting()));
        assertEquals(9, headsPerDepartment.size());
        assertTrue(headsPerDepartment.values().stream().allMatch(count -> count == 1));
        assertEquals(CHIEF_EXECUTIVE, byUsername.get("marcus").managerUsername());
        assertEquals(CHIEF_EXECUTIVE, byUsername.get("priya").managerUsername());
        plan.employees().stream()
                .filter(e -> e.managerUsername() != null && !e.managerUsername().equals(CHIEF_EXECUTIVE))
                .forEach(e -> assertEquals(e.department(), byUsername.get(e.managerUsername()).department(),
                        e.username()));
    }

    @Test
    void everyoneDeclaresTwoToFiveLowerCaseExpertiseTags() {
        for (DemoEmployee employee : plan.employees()) {
            int tags = employee.expertise().size();
            assertTrue(tags >= 2 && tags <= 5, employee.username() + " has " + tags);
            employee.expertise().forEach(tag -> assertEquals(tag.toLowerCase(Locale.ROOT), tag));
        }
    }

    @Test
    void severalEngineersInSingaporeKnowKubernetes() {
        long count = plan.employees().stream()
                .filter(e -> e.department().equals(ENGINEERING) && e.location().city().equals("Singapore"))
                .filter(e -> e.expertise().contains("kubernetes"))
                .count();
        assertTrue(count >= 5, count + " kubernetes engineers in Singapore");
    }

    @Test
    void peopleWorkInEightCountries() {
        assertEquals(8, plan.employees().stream().map(e -> e.location().country()).distinct().count());
    }

    @Test
    void hireDatesSpanAboutTwelveYearsWithSomeJoinersThisMonth() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        assertTrue(plan.employees().stream().allMatch(
                e -> e.hireDate().isAfter(today.minusYears(13)) && e.hireDate().isBefore(today)));
        assertTrue(plan.employees().stream().filter(e -> e.hireDate().isAfter(today.minusDays(30))).count() >= 5);
        assertTrue(plan.employees().stream().anyMatch(e -> e.hireDate().isBefore(today.minusYears(10))));
    }

    @Test
    void groupsHaveTheirOwnerFirstAmongEightToEightyMembers() {
        assertEquals(Set.of("sales-tips", "engineering-guild", "singapore-office", "leadership-circle",
                PROJECT_NIGHTINGALE), plan.groups().stream().map(DemoGroup::slug).collect(Collectors.toSet()));
        for (DemoGroup group : plan.groups()) {
            List<String> members = group.memberUsernames();
            assertTrue(members.size() >= 8 && members.size() <= 80, group.slug() + " has " + members.size());
            assertEquals(members.size(), new HashSet<>(members).size(), group.slug());
            assertEquals(group.ownerUsername(), members.get(0));
            assertTrue(byUsername.keySet().containsAll(members), group.slug());
        }
        assertEquals(CHIEF_EXECUTIVE, group("leadership-circle").ownerUsername());
        assertEquals(GroupVisibility.PRIVATE, group("leadership-circle").visibility());
        assertEquals(GroupVisibility.PUBLIC, group("sales-tips").visibility());
    }

    @Test
    void theSecretGroupIncludesMarcusButNotSam() {
        DemoGroup nightingale = group(PROJECT_NIGHTINGALE);
        assertEquals(GroupVisibility.SECRET, nightingale.visibility());
        assertTrue(nightingale.memberUsernames().contains("marcus"));
        assertFalse(nightingale.memberUsernames().contains("sam"));
    }

    @Test
    void everyGroupPostIsWrittenByAMemberOfTheGroup() {
        for (DemoPost post : plan.posts()) {
            assertTrue(byUsername.containsKey(post.authorUsername()), post.authorUsername());
            if (post.groupSlug() != null) {
                assertTrue(group(post.groupSlug()).memberUsernames().contains(post.authorUsername()), post.body());
            }
        }
    }

    @Test
    void aboutEightyPostsFallWithinTheLastThreeWeeksOldestFirst() {
        int count = plan.posts().size();
        assertTrue(count >= 70 && count <= 90, count + " posts");
        Instant now = NOW.truncatedTo(ChronoUnit.MILLIS);
        for (DemoPost post : plan.posts()) {
            assertFalse(post.createdAt().isBefore(now.minus(Duration.ofDays(21))), post.body());
            assertFalse(post.createdAt().isAfter(now), post.body());
            assertEquals(post.createdAt(), post.createdAt().truncatedTo(ChronoUnit.MILLIS));
            LocalDate hired = byUsername.get(post.authorUsername()).hireDate();
            assertFalse(post.createdAt().isBefore(hired.atStartOfDay().toInstant(ZoneOffset.UTC)), post.body());
        }
        for (int i = 1; i < count; i++) {
            assertFalse(plan.posts().get(i).createdAt().isBefore(plan.posts().get(i - 1).createdAt()));
        }
    }

    @Test
    void postBodiesAreShortAndSurviveSanitising() {
        for (DemoPost post : plan.posts()) {
            assertTrue(post.body().length() <= 1000, post.body());
            assertFalse(PostBody.fromUserInput(post.body()).text().isBlank());
        }
        assertTrue(plan.posts().stream().anyMatch(post -> post.body().contains("<ul><li>")));
        assertTrue(plan.posts().stream().anyMatch(post -> post.body().contains("<a href=")));
    }

    @Test
    void postsTalkAboutKubernetesAndOnlyTheSecretGroupAboutNightingale() {
        assertTrue(plan.posts().stream().filter(post -> mentions(post, "kubernetes")).count() >= 3);
        assertTrue(plan.posts().stream().filter(post -> mentions(post, "nightingale")).count() >= 3);
        plan.posts().stream().filter(post -> mentions(post, "nightingale"))
                .forEach(post -> assertEquals(PROJECT_NIGHTINGALE, post.groupSlug(), post.body()));
    }

    @Test
    void colleaguesEndorseDeclaredTopicsInTheirOwnDepartmentAtMostTwiceEach() {
        Map<String, DemoEmployee> byUsername = plan.employees().stream()
                .collect(Collectors.toMap(DemoEmployee::username, employee -> employee));
        assertTrue(plan.endorsements().size() > plan.employees().size(), plan.endorsements().size() + " endorsements");
        for (DemoEndorsement endorsement : plan.endorsements()) {
            DemoEmployee endorsed = byUsername.get(endorsement.employeeUsername());
            DemoEmployee endorser = byUsername.get(endorsement.endorserUsername());
            assertTrue(endorsed.expertise().contains(endorsement.tag()), endorsement.toString());
            assertNotEquals(endorsed, endorser, "nobody endorses themselves");
            assertTrue(endorsed.username().equals("sam") || endorser.department().equals(endorsed.department()),
                    endorsement.toString());
        }
        assertEquals(plan.endorsements().size(), new HashSet<>(plan.endorsements()).size(), "no repeats");
        Map<String, Long> perTopic = plan.endorsements().stream()
                .filter(endorsement -> !endorsement.employeeUsername().equals("sam"))
                .collect(Collectors.groupingBy(
                        endorsement -> endorsement.employeeUsername() + "/" + endorsement.tag(),
                        Collectors.counting()));
        assertTrue(perTopic.values().stream().allMatch(count -> count <= 2), perTopic.toString());
        assertTrue(plan.endorsements().stream().filter(endorsement -> endorsement.employeeUsername().equals("sam"))
                .count() >= 2, "Sam finds endorsements in the bell");
    }

    private static boolean mentions(DemoPost post, String word) {
        return post.body().toLowerCase(Locale.ROOT).contains(word);
    }

    private DemoGroup group(String slug) {
        return plan.groups().stream().filter(group -> group.slug().equals(slug)).findFirst().orElseThrow();
    }
}
