package org.agora.demo;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.agora.groups.GroupVisibility;
import org.agora.identity.Role;
import org.agora.people.Location;

/** Invents the demo company; the same seed and moment always give the same company. */
final class DemoCompanyGenerator {

    static final String EMAIL_DOMAIN = "agora.example";
    static final Duration POST_PERIOD = Duration.ofDays(21);

    static final String CHIEF_EXECUTIVE = "helena";
    static final String EXECUTIVE = "Executive";
    static final String ENGINEERING = "Engineering";
    static final String SALES = "Sales";
    static final String MARKETING = "Marketing";
    static final String PRODUCT = "Product";
    static final String CUSTOMER_SUCCESS = "Customer Success";
    static final String FINANCE = "Finance";
    static final String PEOPLE = "People";
    static final String OPERATIONS = "Operations";
    static final String LEGAL = "Legal";

    static final String SALES_TIPS = "sales-tips";
    static final String ENGINEERING_GUILD = "engineering-guild";
    static final String SINGAPORE_OFFICE = "singapore-office";
    static final String LEADERSHIP_CIRCLE = "leadership-circle";
    static final String PROJECT_NIGHTINGALE = "project-nightingale";

    /** The demo company; employees are listed after their managers, posts oldest first. */
    record DemoCompanyPlan(List<DemoEmployee> employees, List<DemoGroup> groups, List<DemoPost> posts,
                           List<DemoEndorsement> endorsements) {
    }

    /** An employee with their account; {@code managerUsername} is null only for the chief executive. */
    record DemoEmployee(String username, String employeeNumber, String fullName, String email, String title,
                        String department, Location location, LocalDate hireDate, String managerUsername,
                        List<String> expertise, Set<Role> roles) {
    }

    /** A group; {@code memberUsernames} starts with the owner. */
    record DemoGroup(String slug, String name, String description, GroupVisibility visibility, String ownerUsername,
                     List<String> memberUsernames) {
    }

    /** {@code endorserUsername} vouches that {@code employeeUsername} knows {@code tag}, one of their topics. */
    record DemoEndorsement(String endorserUsername, String employeeUsername, String tag) {
    }

    /** A post; {@code groupSlug} is null for a post on the author's profile. */
    record DemoPost(String authorUsername, String groupSlug, String body, Instant createdAt) {
    }

    private static final Set<String> FIXED_NAMES = Set.of("Helena Virtanen", "Marcus Chen", "Priya Raman",
            "Tomás Álvarez", "Alex Morgan", "Sam Taylor");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ADDRESS_CHARACTERS = Pattern.compile("[^a-z0-9]");
    private static final int NEW_JOINERS = 8;
    private static final int WELCOMED_JOINERS = 4;
    private static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
    private static final int WORKDAY_SECONDS = 10 * 60 * 60 + 30 * 60;

    private enum Culture {
        ENGLISH("Oliver, Amelia, Harry, Isla, George, Emily, Jack, Sophie, Charlotte, James, Hannah, Thomas, Lucy, "
                + "William, Grace, Rhys, Eleanor, Callum, Freya, Rory",
                "Smith, Jones, Williams, Brown, Davies, Evans, Wilson, Roberts, Walker, Wright, Hughes, Clarke, Hall, "
                + "Green, Wood, Harrison, Bennett, Fletcher, Murphy, O'Brien"),
        AMERICAN("Emma, Liam, Olivia, Noah, Ava, Ethan, Madison, Michael, Jessica, Tyler, Brianna, Jordan, Kayla, "
                + "Hunter, Megan, Christopher, Ashley, Brandon, Lauren, Dylan",
                "Johnson, Miller, Davis, Anderson, Jackson, Thompson, White, Harris, Robinson, Lewis, Carter, Mitchell, "
                + "Parker, Collins, Brooks, Reed, Cooper, Hayes, Bryant, Foster"),
        AUSTRALIAN("Jack, Chloe, Lachlan, Mia, Cooper, Zoe, Riley, Matilda, Hamish, Sienna, Mitchell, Tahlia, Brodie, "
                + "Jessica, Angus, Georgia",
                "Murray, Kelly, Ryan, Campbell, McDonald, Stewart, Byrne, Doyle, Sullivan, Thompson, Walsh, Fraser, "
                + "Lawson, Henderson"),
        GERMAN("Lukas, Leonie, Felix, Johanna, Maximilian, Lena, Jonas, Anna, Paul, Sophie, Niklas, Marie, Jannik, "
                + "Katharina, Florian, Lea",
                "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schäfer, Koch, Richter, "
                + "Wolf, Krüger, Braun, Zimmermann"),
        TURKISH("Emre, Elif, Mehmet, Ayşe, Deniz, Zeynep, Can, Selin, Burak, Merve, Kerem, Ebru",
                "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Arslan, Aydın, Doğan, Koç"),
        FRENCH("Camille, Louis, Léa, Hugo, Chloé, Gabriel, Manon, Jules, Inès, Arthur, Élodie, Théo, Mathilde, "
                + "Antoine, Juliette, Baptiste",
                "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Lefèvre, Moreau, Laurent, Girard, "
                + "Fournier, Rousseau, Blanc, Mercier"),
        NORTH_AFRICAN("Karim, Yasmine, Mehdi, Nadia, Sofiane, Leïla, Rachid, Samira, Amine, Malika",
                "Benali, Haddad, Mansouri, Bouzid, Cherif, Amrani, Belkacem, Saidi, Brahimi, Hamdi"),
        FINNISH("Aino, Eero, Mikko, Saara, Juha, Kaisa, Antti, Elina, Ville, Noora",
                "Virtanen, Korhonen, Nieminen, Mäkinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Salonen"),
        HISPANIC("Sofía, Mateo, Valentina, Diego, Camila, Alejandro, Lucía, Javier, Isabela, Carlos, Mariana, Andrés, "
                + "Daniela, Miguel, Gabriela, Luis",
                "García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, "
                + "Morales, Ortiz, Castillo, Vargas, Romero"),
        BRAZILIAN("João, Ana, Pedro, Beatriz, Lucas, Larissa, Gabriel, Fernanda, Rafael, Juliana, Thiago, Letícia, "
                + "Bruno, Camila, Felipe, Mariana, Gustavo, Carolina, Vinícius, Aline",
                "Silva, Santos, Oliveira, Souza, Costa, Pereira, Almeida, Ferreira, Rodrigues, Carvalho, Gomes, "
                + "Ribeiro, Barbosa, Araújo, Nascimento, Moreira, Cardoso, Teixeira"),
        SOUTH_ASIAN("Aarav, Ananya, Rohan, Priyanka, Vikram, Kavya, Arjun, Diya, Rahul, Meera, Sanjay, Lakshmi, "
                + "Aditya, Nisha, Karthik, Divya, Siddharth, Pooja, Harish, Shreya, Naveen, Anjali, Suresh, Deepa",
                "Sharma, Iyer, Reddy, Nair, Gupta, Menon, Krishnan, Rao, Patel, Desai, Mehta, Bhat, Kulkarni, "
                + "Subramanian, Joshi, Banerjee, Chatterjee, Pillai, Shetty, Agarwal, Gowda, Hegde, Venkatesh, "
                + "Srinivasan"),
        CHINESE("Wei Ling, Jun Hao, Mei Xin, Hui Min, Kai Wen, Jia Hui, Zhi Hao, Shu Fen, Yi Ting, Jian Ming, Xin Yi, "
                + "Boon Keng, Li Na, Hao Ran",
                "Tan, Lim, Lee, Ng, Wong, Goh, Chua, Koh, Teo, Ong, Chan, Yeo, Zhang, Liu"),
        MALAY("Aisyah, Farhan, Hafiz, Nurul, Irfan, Syafiqah, Amir, Aziz, Zulkifli, Nadia, Haziq, Aqilah",
                "Rahman, Ismail, Hassan, Abdullah, Osman, Yusof, Ibrahim, Salleh, Hamid, Razak"),
        VIETNAMESE("Minh, Linh, Duc, Thu, Quang, Huong, Thanh, Anh, Tuan, Mai",
                "Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Do, Ngo"),
        KOREAN("Ji-woo, Min-jun, Seo-yeon, Hyun-woo, Ha-eun, Do-yun, Soo-ah, Jae-won",
                "Kim, Park, Choi, Jung, Kang, Yoon, Han, Lim"),
        JAPANESE("Haruto, Yui, Sota, Aoi, Ren, Hina, Kenji, Yuki, Takumi, Emi",
                "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Nakamura, Kobayashi, Yamamoto, Mori"),
        WEST_AFRICAN("Chidi, Ngozi, Oluwaseun, Adaeze, Emeka, Folake, Tunde, Amara, Chiamaka, Obinna, Kemi, Ifeanyi",
                "Okafor, Adeyemi, Okonkwo, Eze, Balogun, Nwosu, Adebayo, Ogunleye, Okeke, Afolabi");

        final List<String> firstNames;
        final List<String> lastNames;

        Culture(String firstNames, String lastNames) {
            this.firstNames = list(firstNames);
            this.lastNames = list(lastNames);
        }
    }

    private enum Office {
        LONDON("London", "United Kingdom", "Europe/London", "emea-market"),
        BERLIN("Berlin", "Germany", "Europe/Berlin", "emea-market"),
        PARIS("Paris", "France", "Europe/Paris", "emea-market"),
        NEW_YORK("New York", "United States", "America/New_York", "north-america-market"),
        AUSTIN("Austin", "United States", "America/Chicago", "north-america-market"),
        SINGAPORE("Singapore", "Singapore", "Asia/Singapore", "apac-market"),
        SYDNEY("Sydney", "Australia", "Australia/Sydney", "apac-market"),
        SAO_PAULO("São Paulo", "Brazil", "America/Sao_Paulo", "latam-market"),
        BANGALORE("Bangalore", "India", "Asia/Kolkata", "apac-market");

        final Location location;
        final ZoneId zone;
        /** The market sales and customer success people here know best. */
        final String market;

        Office(String city, String country, String zone, String market) {
            this.location = new Location(city, country);
            this.zone = ZoneId.of(zone);
            this.market = market;
        }

        /** Where the people who work here grew up, roughly, so that names fit the city. */
        List<Choice<Culture>> residents() {
            return switch (this) {
                case LONDON -> List.of(choice(Culture.ENGLISH, 45), choice(Culture.SOUTH_ASIAN, 15),
                        choice(Culture.WEST_AFRICAN, 10), choice(Culture.CHINESE, 5), choice(Culture.FRENCH, 5),
                        choice(Culture.HISPANIC, 5), choice(Culture.FINNISH, 5), choice(Culture.TURKISH, 5),
                        choice(Culture.GERMAN, 5));
                case BERLIN -> List.of(choice(Culture.GERMAN, 50), choice(Culture.TURKISH, 15),
                        choice(Culture.FINNISH, 8), choice(Culture.SOUTH_ASIAN, 7), choice(Culture.FRENCH, 5),
                        choice(Culture.ENGLISH, 5), choice(Culture.HISPANIC, 5), choice(Culture.KOREAN, 5));
                case PARIS -> List.of(choice(Culture.FRENCH, 55), choice(Culture.NORTH_AFRICAN, 20),
                        choice(Culture.VIETNAMESE, 8), choice(Culture.HISPANIC, 7), choice(Culture.WEST_AFRICAN, 5),
                        choice(Culture.ENGLISH, 5));
                case NEW_YORK -> List.of(choice(Culture.AMERICAN, 40), choice(Culture.HISPANIC, 15),
                        choice(Culture.SOUTH_ASIAN, 10), choice(Culture.WEST_AFRICAN, 8), choice(Culture.CHINESE, 8),
                        choice(Culture.KOREAN, 8), choice(Culture.ENGLISH, 6), choice(Culture.JAPANESE, 5));
                case AUSTIN -> List.of(choice(Culture.AMERICAN, 50), choice(Culture.HISPANIC, 25),
                        choice(Culture.SOUTH_ASIAN, 10), choice(Culture.VIETNAMESE, 8), choice(Culture.KOREAN, 7));
                case SINGAPORE -> List.of(choice(Culture.CHINESE, 50), choice(Culture.MALAY, 15),
                        choice(Culture.SOUTH_ASIAN, 15), choice(Culture.ENGLISH, 5), choice(Culture.JAPANESE, 5),
                        choice(Culture.KOREAN, 5), choice(Culture.VIETNAMESE, 5));
                case SYDNEY -> List.of(choice(Culture.AUSTRALIAN, 45), choice(Culture.CHINESE, 15),
                        choice(Culture.ENGLISH, 10), choice(Culture.VIETNAMESE, 10), choice(Culture.SOUTH_ASIAN, 10),
                        choice(Culture.KOREAN, 5), choice(Culture.JAPANESE, 5));
                case SAO_PAULO -> List.of(choice(Culture.BRAZILIAN, 80), choice(Culture.HISPANIC, 10),
                        choice(Culture.GERMAN, 5), choice(Culture.JAPANESE, 5));
                case BANGALORE -> List.of(choice(Culture.SOUTH_ASIAN, 1));
            };
        }
    }

    private record Choice<T>(T value, int weight) {
    }

    /**
     * A department: its size including the head, titles with the common ones first,
     * the expertise its people declare and how they spread over the offices.
     */
    private record Department(String name, int headcount, Office headOffice, String headTitle,
                              List<String> managerTitles, List<String> titles, List<String> expertise,
                              List<Choice<Office>> offices) {

        /** Managers sit where most of their department does. */
        List<Office> officesByHeadcount() {
            return offices.stream()
                    .sorted(Comparator.comparingInt((Choice<Office> office) -> office.weight()).reversed())
                    .map(Choice::value)
                    .toList();
        }

        boolean sellsToAMarket() {
            return name.equals(SALES) || name.equals(CUSTOMER_SUCCESS);
        }
    }

    private static final List<Department> DEPARTMENTS = List.of(
            new Department(ENGINEERING, 95, Office.SINGAPORE, "VP Engineering", list("Engineering Manager"),
                    list("Software Engineer, Senior Software Engineer, Site Reliability Engineer, Frontend Engineer, "
                            + "QA Engineer, Data Engineer, Security Engineer, Staff Software Engineer, Principal Engineer"),
                    list("kubernetes, java, postgresql, elasticsearch, react, security, observability, terraform, kafka, "
                            + "typescript, go, python, aws, ci-cd, performance, api-design, linux, accessibility"),
                    List.of(choice(Office.SINGAPORE, 30), choice(Office.BANGALORE, 25), choice(Office.BERLIN, 15),
                            choice(Office.LONDON, 15), choice(Office.AUSTIN, 10), choice(Office.SAO_PAULO, 5))),
            new Department(SALES, 52, Office.NEW_YORK, "VP Sales", list("Regional Sales Manager"),
                    list("Account Executive, Sales Development Representative, Senior Account Executive, "
                            + "Solutions Consultant, Sales Operations Analyst, Enterprise Account Director"),
                    list("negotiation, saas-sales, salesforce, enterprise-accounts, prospecting, channel-partners, "
                            + "public-sector, forecasting, renewals, solution-selling"),
                    List.of(choice(Office.NEW_YORK, 20), choice(Office.LONDON, 15), choice(Office.SINGAPORE, 10),
                            choice(Office.SYDNEY, 10), choice(Office.PARIS, 10), choice(Office.BERLIN, 10),
                            choice(Office.SAO_PAULO, 10), choice(Office.AUSTIN, 10), choice(Office.BANGALORE, 5))),
            new Department(MARKETING, 25, Office.LONDON, "VP Marketing", list("Marketing Manager"),
                    list("Content Marketer, Product Marketing Manager, Growth Marketer, Events Coordinator, "
                            + "Brand Designer, SEO Specialist, Marketing Analyst"),
                    list("seo, content-strategy, branding, events, product-marketing, social-media, "
                            + "marketing-analytics, copywriting, demand-generation, community"),
                    List.of(choice(Office.LONDON, 30), choice(Office.NEW_YORK, 25), choice(Office.PARIS, 15),
                            choice(Office.SAO_PAULO, 10), choice(Office.SINGAPORE, 10), choice(Office.SYDNEY, 10))),
            new Department(PRODUCT, 22, Office.LONDON, "VP Product", list("Group Product Manager"),
                    list("Product Manager, Product Designer, Senior Product Manager, UX Researcher, Product Analyst, "
                            + "Technical Writer"),
                    list("roadmapping, user-research, product-analytics, pricing, ux-design, discovery, figma, "
                            + "experimentation, accessibility, b2b-saas"),
                    List.of(choice(Office.LONDON, 30), choice(Office.SINGAPORE, 25), choice(Office.AUSTIN, 20),
                            choice(Office.BERLIN, 15), choice(Office.BANGALORE, 10))),
            new Department(CUSTOMER_SUCCESS, 36, Office.SYDNEY, "VP Customer Success",
                    list("Customer Success Team Lead"),
                    list("Customer Success Manager, Support Engineer, Onboarding Specialist, Technical Account Manager, "
                            + "Support Specialist"),
                    list("onboarding, renewals, customer-training, zendesk, escalations, adoption, enterprise-accounts, "
                            + "health-scores, workshops"),
                    List.of(choice(Office.SYDNEY, 20), choice(Office.AUSTIN, 20), choice(Office.LONDON, 15),
                            choice(Office.SINGAPORE, 15), choice(Office.SAO_PAULO, 10), choice(Office.BANGALORE, 10),
                            choice(Office.PARIS, 10))),
            new Department(FINANCE, 18, Office.LONDON, "Chief Financial Officer", list("Finance Manager, Controller"),
                    list("Financial Analyst, Accountant, Senior Accountant, Payroll Specialist, Procurement Specialist, "
                            + "Revenue Accountant"),
                    list("fp-and-a, budgeting, revenue-recognition, payroll, tax, audit, forecasting, procurement, "
                            + "excel, netsuite"),
                    List.of(choice(Office.LONDON, 50), choice(Office.NEW_YORK, 20), choice(Office.BANGALORE, 20),
                            choice(Office.SINGAPORE, 10))),
            new Department(PEOPLE, 18, Office.BANGALORE, "HR Director", list("HR Manager, Talent Acquisition Manager"),
                    list("HR Business Partner, Recruiter, Technical Recruiter, People Operations Specialist, "
                            + "Learning and Development Specialist, Compensation Analyst"),
                    list("recruiting, onboarding, compensation, employee-relations, learning-and-development, "
                            + "diversity-and-inclusion, workday, wellbeing, performance-reviews, visas-and-relocation"),
                    List.of(choice(Office.LONDON, 25), choice(Office.BANGALORE, 20), choice(Office.NEW_YORK, 15),
                            choice(Office.SINGAPORE, 15), choice(Office.BERLIN, 10), choice(Office.SAO_PAULO, 10),
                            choice(Office.SYDNEY, 5))),
            new Department(OPERATIONS, 22, Office.BERLIN, "VP Operations", list("IT Manager, Facilities Manager"),
                    list("IT Support Specialist, Office Manager, Systems Administrator, Facilities Coordinator, "
                            + "Workplace Experience Coordinator, Travel Coordinator"),
                    list("it-support, facilities, vendor-management, security, okta, macos, networking, procurement, "
                            + "travel, office-management"),
                    List.of(choice(Office.BERLIN, 20), choice(Office.LONDON, 20), choice(Office.SINGAPORE, 15),
                            choice(Office.NEW_YORK, 10), choice(Office.AUSTIN, 10), choice(Office.SYDNEY, 10),
                            choice(Office.PARIS, 5), choice(Office.SAO_PAULO, 5), choice(Office.BANGALORE, 5))),
            new Department(LEGAL, 11, Office.NEW_YORK, "General Counsel", list("Senior Legal Counsel"),
                    list("Legal Counsel, Paralegal, Privacy Counsel, Contracts Manager, Compliance Analyst"),
                    list("contracts, gdpr, privacy, employment-law, intellectual-property, compliance, licensing, "
                            + "negotiation"),
                    List.of(choice(Office.LONDON, 40), choice(Office.NEW_YORK, 30), choice(Office.PARIS, 20),
                            choice(Office.SINGAPORE, 10))));

    /** Someone being invented; becomes a {@link DemoEmployee} once everything about them is settled. */
    private static final class Person {
        final String firstName;
        final String fullName;
        final String username;
        final String title;
        final String department;
        final Office office;
        final Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        final Set<String> expertise = new LinkedHashSet<>();
        LocalDate hireDate;
        Person manager;
        String employeeNumber;

        Person(String firstName, String lastName, String username, String title, String department, Office office) {
            this.firstName = firstName;
            this.fullName = firstName + " " + lastName;
            this.username = username;
            this.title = title;
            this.department = department;
            this.office = office;
        }

        DemoEmployee plan() {
            return new DemoEmployee(username, employeeNumber, fullName, username + "@" + EMAIL_DOMAIN, title,
                    department, office.location, hireDate, manager == null ? null : manager.username,
                    List.copyOf(expertise), Collections.unmodifiableSet(EnumSet.copyOf(roles)));
        }
    }

    /** A post waiting for its author, a matching member of its group, and written between the given days ago. */
    private record Script(String groupSlug, Predicate<Person> author, String body, int fromDaysAgo, int toDaysAgo) {

        Script between(int from, int to) {
            return new Script(groupSlug, author, body, from, to);
        }
    }

    private final Random random;
    private final Instant now;
    private final LocalDate today;
    private final List<Person> people = new ArrayList<>();
    private final Set<String> usernames = new HashSet<>();
    private final Map<String, Person> heads = new LinkedHashMap<>();
    private final List<Person> managers = new ArrayList<>();
    private final List<Person> inventedStaff = new ArrayList<>();
    private final List<Person> platformTeam = new ArrayList<>();
    private final List<Person> newJoiners = new ArrayList<>();
    private final Map<String, List<Person>> members = new LinkedHashMap<>();

    private DemoCompanyGenerator(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
        this.today = LocalDate.ofInstant(this.now, ZoneOffset.UTC);
    }

    static DemoCompanyPlan generate(long seed, Instant now) {
        return new DemoCompanyGenerator(seed, now).plan();
    }

    private DemoCompanyPlan plan() {
        Person ceo = known("helena", "Helena Virtanen", "Chief Executive Officer", EXECUTIVE, Office.LONDON,
                today.minusYears(12).minusDays(47), Role.EXECUTIVE, "strategy", "leadership", "fundraising",
                "board-relations");
        for (Department department : DEPARTMENTS) {
            staff(department, ceo);
        }
        welcomeNewJoiners();
        numberInOrderOfHiring();
        List<DemoGroup> groups = groups(ceo);
        List<DemoPost> posts = posts();
        return new DemoCompanyPlan(people.stream().map(Person::plan).toList(), groups, posts, endorsements());
    }

    private void staff(Department department, Person ceo) {
        Person head = switch (department.name()) {
            case ENGINEERING -> known("marcus", "Marcus Chen", department.headTitle(), ENGINEERING, Office.SINGAPORE,
                    today.minusYears(9).minusDays(112), Role.EXECUTIVE, "kubernetes", "java", "observability",
                    "security");
            case PEOPLE -> known("priya", "Priya Raman", department.headTitle(), PEOPLE, Office.BANGALORE,
                    today.minusYears(6).minusDays(203), Role.HR, "recruiting", "employee-relations", "onboarding",
                    "diversity-and-inclusion");
            default -> invent(department, department.headOffice(), department.headTitle(), daysAgo(5 * 365, 11 * 365));
        };
        if (!department.name().equals(PEOPLE)) {
            head.roles.add(Role.EXECUTIVE);
        }
        head.manager = ceo;
        heads.put(department.name(), head);

        int managerCount = Math.max(1, Math.round((department.headcount() - 1) / 11f));
        List<Office> busiestOffices = department.officesByHeadcount();
        List<Person> departmentManagers = new ArrayList<>();
        for (int i = 0; i < managerCount; i++) {
            Person manager = invent(department, busiestOffices.get(i % busiestOffices.size()),
                    department.managerTitles().get(i % department.managerTitles().size()), daysAgo(2 * 365, 10 * 365));
            manager.manager = head;
            departmentManagers.add(manager);
        }
        managers.addAll(departmentManagers);

        List<Person> reports = new ArrayList<>(knownStaff(department.name()));
        if (department.name().equals(ENGINEERING)) {
            // the platform team sits in Singapore: the answer to "who knows kubernetes in Singapore?"
            List<String> titles = list("Site Reliability Engineer, Senior Site Reliability Engineer, "
                    + "Staff Software Engineer, Senior Software Engineer, Site Reliability Engineer");
            for (String title : titles) {
                Person engineer = invent(department, Office.SINGAPORE, title, "kubernetes", recentHireDate());
                platformTeam.add(engineer);
                reports.add(engineer);
            }
        }
        while (reports.size() < department.headcount() - 1 - managerCount) {
            Person colleague = invent(department, weighted(department.offices()), commonTitle(department.titles()),
                    recentHireDate());
            inventedStaff.add(colleague);
            reports.add(colleague);
        }
        for (Person report : reports) {
            report.manager = nearestOf(departmentManagers, report.office);
        }
    }

    /** The fixed demo logins who are not heads of department. */
    private List<Person> knownStaff(String department) {
        return switch (department) {
            case ENGINEERING -> List.of(known("sam", "Sam Taylor", "Software Engineer", ENGINEERING, Office.LONDON,
                    today.minusYears(1).minusDays(123), null, "kubernetes", "java"));
            case MARKETING -> List.of(known("tomas", "Tomás Álvarez", "Community Manager", MARKETING,
                    Office.SAO_PAULO, today.minusYears(3).minusDays(15), Role.MODERATOR, "community",
                    "social-media", "events", "content-strategy"));
            case OPERATIONS -> List.of(known("alex", "Alex Morgan", "IT Administrator", OPERATIONS, Office.BERLIN,
                    today.minusYears(4).minusDays(61), Role.ADMIN, "it-support", "okta", "macos", "networking",
                    "security"));
            default -> List.of();
        };
    }

    private Person known(String username, String fullName, String title, String department, Office office,
                         LocalDate hireDate, Role role, String... expertise) {
        int space = fullName.indexOf(' ');
        Person person = new Person(fullName.substring(0, space), fullName.substring(space + 1), username, title,
                department, office);
        usernames.add(username);
        person.hireDate = hireDate;
        if (role != null) {
            person.roles.add(role);
        }
        person.expertise.addAll(List.of(expertise));
        people.add(person);
        return person;
    }

    private Person invent(Department department, Office office, String title, LocalDate hireDate) {
        return invent(department, office, title, null, hireDate);
    }

    private Person invent(Department department, Office office, String title, String knownSkill, LocalDate hireDate) {
        Culture culture = weighted(office.residents());
        String firstName;
        String lastName;
        do {
            firstName = any(culture.firstNames);
            lastName = any(culture.lastNames);
        } while (FIXED_NAMES.contains(firstName + " " + lastName));
        Person person = new Person(firstName, lastName, freeUsername(firstName, lastName), title, department.name(),
                office);
        person.hireDate = hireDate;
        int tags = random.nextInt(2, 6);
        if (department.sellsToAMarket()) {
            person.expertise.add(office.market);
        }
        if (knownSkill != null) {
            person.expertise.add(knownSkill);
        }
        while (person.expertise.size() < tags) {
            person.expertise.add(any(department.expertise()));
        }
        people.add(person);
        return person;
    }

    /** first.last, folded to ASCII, with a number when someone already has it. */
    private String freeUsername(String firstName, String lastName) {
        String base = ascii(firstName) + "." + ascii(lastName);
        String username = base;
        for (int n = 2; usernames.contains(username); n++) {
            username = base + n;
        }
        usernames.add(username);
        return username;
    }

    static String ascii(String name) {
        String unaccented = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String folded = unaccented.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
                .replace("œ", "oe").replace("ł", "l").replace("đ", "d").toLowerCase(Locale.ROOT);
        return NOT_ADDRESS_CHARACTERS.matcher(folded).replaceAll("");
    }

    /** People report to a manager in their own office when their department has one there. */
    private Person nearestOf(List<Person> managers, Office office) {
        List<Person> local = managers.stream().filter(manager -> manager.office == office).toList();
        return any(local.isEmpty() ? managers : local);
    }

    /** Titles are listed most common first; the bias keeps principal engineers rare. */
    private String commonTitle(List<String> titles) {
        return titles.get((int) (titles.size() * Math.pow(random.nextDouble(), 1.6)));
    }

    /** The company grew over twelve years, so most people joined in the later ones. */
    private LocalDate recentHireDate() {
        return today.minusDays(30 + (long) (4300 * Math.pow(random.nextDouble(), 1.8)));
    }

    private LocalDate daysAgo(int min, int max) {
        return today.minusDays(random.nextInt(min, max + 1));
    }

    /** A few people started in the last three weeks, one of them in Singapore, so there is someone to welcome. */
    private void welcomeNewJoiners() {
        List<Person> candidates = new ArrayList<>(inventedStaff);
        newJoiners.add(any(candidates.stream().filter(person -> person.office == Office.SINGAPORE).toList()));
        candidates.removeAll(newJoiners);
        Collections.shuffle(candidates, random);
        newJoiners.addAll(candidates.subList(0, NEW_JOINERS - 1));
        for (Person joiner : newJoiners) {
            joiner.hireDate = today.minusDays(random.nextInt(1, 21));
        }
    }

    /** Employee numbers were handed out as people joined. */
    private void numberInOrderOfHiring() {
        List<Person> byHireDate = new ArrayList<>(people);
        byHireDate.sort(Comparator.comparing((Person person) -> person.hireDate));
        for (int i = 0; i < byHireDate.size(); i++) {
            byHireDate.get(i).employeeNumber = "E%05d".formatted(i + 1);
        }
    }

    private List<DemoGroup> groups(Person ceo) {
        Person marcus = heads.get(ENGINEERING);
        Person sam = byUsername("sam");
        List<Person> engineers = inDepartment(ENGINEERING);
        List<Person> productPeople = inDepartment(PRODUCT);

        Set<Person> sellers = new LinkedHashSet<>();
        sellers.add(heads.get(SALES));
        sellers.addAll(inDepartment(SALES));
        sellers.addAll(sample(inDepartment(CUSTOMER_SUCCESS), 8));
        sellers.addAll(sample(inDepartment(MARKETING), 2));

        Set<Person> guild = new LinkedHashSet<>();
        guild.add(marcus);
        guild.addAll(managers.stream().filter(manager -> manager.department.equals(ENGINEERING)).toList());
        guild.add(sam);
        guild.addAll(platformTeam);
        List<Person> otherEngineers = new ArrayList<>(engineers);
        otherEngineers.removeAll(guild);
        guild.addAll(sample(otherEngineers, 60 - guild.size()));
        guild.addAll(sample(productPeople, 6));

        Set<Person> singapore = new LinkedHashSet<>();
        singapore.add(marcus);
        people.stream().filter(person -> person.office == Office.SINGAPORE).limit(79).forEach(singapore::add);

        Set<Person> leadership = new LinkedHashSet<>();
        leadership.add(ceo);
        leadership.addAll(heads.values());

        Set<Person> nightingale = new LinkedHashSet<>();
        nightingale.add(marcus);
        nightingale.add(heads.get(PRODUCT));
        List<Person> nightingaleEngineers = new ArrayList<>(engineers);
        nightingaleEngineers.removeAll(List.of(marcus, sam));
        nightingale.addAll(sample(nightingaleEngineers, 5));
        List<Person> designersAndManagers = new ArrayList<>(productPeople);
        designersAndManagers.remove(heads.get(PRODUCT));
        nightingale.addAll(sample(designersAndManagers, 3));

        return List.of(
                group(SALES_TIPS, "Sales Tips Worldwide",
                        "Tips, wins and questions from sales teams in every country. Share what worked; ask about what "
                                + "didn't.", GroupVisibility.PUBLIC, sellers),
                group(ENGINEERING_GUILD, "Engineering Guild",
                        "Engineers from every office: tech talks, upgrade notices, postmortems and questions.",
                        GroupVisibility.PUBLIC, guild),
                group(SINGAPORE_OFFICE, "Singapore Office",
                        "News, lunches and the occasional lost umbrella from the Singapore office.",
                        GroupVisibility.PUBLIC, singapore),
                group(LEADERSHIP_CIRCLE, "Leadership Circle",
                        "The chief executive and the heads of department: plans, offsites and decisions in progress.",
                        GroupVisibility.PRIVATE, leadership),
                group(PROJECT_NIGHTINGALE, "Project Nightingale",
                        "Confidential: the team preparing the Nightingale launch. Nothing here leaves the group.",
                        GroupVisibility.SECRET, nightingale));
    }

    private DemoGroup group(String slug, String name, String description, GroupVisibility visibility,
                            Set<Person> ownerFirst) {
        List<Person> groupMembers = List.copyOf(ownerFirst);
        members.put(slug, groupMembers);
        return new DemoGroup(slug, name, description, visibility, groupMembers.get(0).username,
                groupMembers.stream().map(person -> person.username).toList());
    }

    private List<DemoPost> posts() {
        List<DemoPost> posts = new ArrayList<>();
        for (Script script : scripts()) {
            Instant latest = now.minus(Duration.ofDays(script.toDaysAgo())).minus(Duration.ofMinutes(5));
            List<Person> candidates = (script.groupSlug() == null ? people : members.get(script.groupSlug())).stream()
                    .filter(person -> firstDay(person.hireDate).isBefore(latest))
                    .toList();
            List<Person> suitable = candidates.stream().filter(script.author()).toList();
            Person author = any(suitable.isEmpty() ? candidates : suitable);
            Instant earliest = latestOf(now.minus(Duration.ofDays(script.fromDaysAgo())), firstDay(author.hireDate));
            posts.add(new DemoPost(author.username, script.groupSlug(), script.body(), atWork(author, earliest, latest)));
        }
        for (int i = 0; i < WELCOMED_JOINERS; i++) {
            posts.add(welcome(newJoiners.get(i), i));
        }
        posts.sort(Comparator.comparing(DemoPost::createdAt));
        return posts;
    }

    private DemoPost welcome(Person joiner, int nth) {
        Instant firstDay = firstDay(joiner.hireDate);
        Instant latest = earliestOf(firstDay.plus(Duration.ofDays(2)), now.minus(Duration.ofMinutes(5)));
        if (joiner.office == Office.SINGAPORE) {
            List<Person> office = members.get(SINGAPORE_OFFICE);
            Person author = office.contains(joiner.manager) ? joiner.manager : office.get(0);
            String body = "Welcome to the Singapore office, %s! %s has just joined us as our new %s. Say hi if you see "
                    + "them in the pantry on level 12.";
            return new DemoPost(author.username, SINGAPORE_OFFICE,
                    body.formatted(joiner.fullName, joiner.firstName, joiner.title), atWork(author, firstDay, latest));
        }
        List<String> welcomes = List.of(
                "Please welcome <b>%1$s</b>, our new %2$s in %4$s! Say hello and help %5$s find their way around.",
                "Welcome to the %3$s team, %1$s! %5$s joins us in %4$s as our new %2$s. If you have a favourite "
                        + "lunch spot near the office, now is the time to share it.",
                "Happy to introduce %1$s, our new %2$s. %5$s starts in the %4$s office and will spend the first "
                        + "couple of weeks shadowing the team.");
        String body = welcomes.get(nth % welcomes.size()).formatted(joiner.fullName, joiner.title, joiner.department,
                joiner.office.location.city(), joiner.firstName);
        return new DemoPost(joiner.manager.username, null, body, atWork(joiner.manager, firstDay, latest));
    }

    private List<Script> scripts() {
        return List.of(
                post(SALES_TIPS, worksIn(SALES), "Tip that closed two renewals for me this quarter: send the mutual "
                        + "action plan <b>before</b> the pricing call, not after. Buyers who have already agreed the "
                        + "steps rarely stall on the number."),
                post(SALES_TIPS, worksIn(SALES), "Does anyone know how to stop Salesforce creating duplicate contacts "
                        + "when a lead converts? It happens every time someone fills in the webinar form twice."),
                post(SALES_TIPS, worksIn(SALES).and(basedIn(Office.SINGAPORE, Office.SYDNEY)), "APAC friends: "
                        + "procurement teams in Japan and Korea expect a formal quotation on letterhead, even for small "
                        + "deals. Have it ready in the first week and you save yourself a fortnight."),
                post(SALES_TIPS, worksIn(SALES), "The discovery checklist I use on every first call:<ul>"
                        + "<li>Who feels the pain today?</li><li>What happens if nothing changes this year?</li>"
                        + "<li>Who signs, and who can say no?</li></ul>Happy to share the full template."),
                post(SALES_TIPS, worksIn(SALES).and(basedIn(Office.BERLIN)), "Closed our first public-sector deal in "
                        + "Germany today! Lesson learned: start the data processing agreement on day one. The security "
                        + "questionnaire took longer than the negotiation."),
                post(SALES_TIPS, titled("VP Sales"), "Reminder that the new price book is live. Multi-year discounts "
                        + "above 15% now need deal desk approval, so bring them in early."),
                post(SALES_TIPS, worksIn(SALES), "If a champion goes quiet, try a plain yes/no question by email: "
                        + "\"Should I close this out for now?\" It works surprisingly often."),
                post(SALES_TIPS, worksIn(CUSTOMER_SUCCESS), "Great session with the sales team on expansion signals. "
                        + "Accounts with more than 60% weekly active users are three times more likely to expand. "
                        + "Slides are in the shared drive."),
                post(SALES_TIPS, worksIn(SALES).and(basedIn(Office.SAO_PAULO)), "Does anyone have a reference customer "
                        + "in retail for the LATAM market? I have a prospect in São Paulo who wants to talk to a peer "
                        + "before signing."),
                post(SALES_TIPS, worksIn(SALES), "Negotiation tip: never give a discount without getting something "
                        + "back. A longer term, a case study or an earlier signature date all count."),
                post(SALES_TIPS, titled("Regional Sales Manager").and(basedIn(Office.SYDNEY).negate()), "The Sydney "
                        + "team hit 120% of target last quarter. Their secret? Weekly pipeline reviews that take twenty "
                        + "minutes, not two hours."),
                post(SALES_TIPS, worksIn(SALES).and(basedIn(Office.LONDON, Office.PARIS, Office.BERLIN)), "Who is "
                        + "going to the SaaS summit in Paris next month? Let's coordinate so we don't book three "
                        + "separate meetings with the same prospects."),
                post(SALES_TIPS, worksIn(SALES), "Just found out the new Salesforce dashboard shows renewal risk by "
                        + "region. It's under Reports > Renewals > Risk by region, and it saved me an hour of "
                        + "spreadsheet work."),

                post(ENGINEERING_GUILD, is("marcus"), "Heads-up: we upgrade the production Kubernetes clusters next "
                        + "Tuesday, starting with Singapore. Expect rolling node restarts; services with a single "
                        + "replica will blip. Please check your PodDisruptionBudgets before Monday.").between(18, 15),
                post(ENGINEERING_GUILD, knows("kubernetes").and(basedIn(Office.SINGAPORE)), "The Kubernetes upgrade "
                        + "of the staging cluster is done. Two services failed their readiness probes because they "
                        + "still used a removed API version; the fixes are merged.").between(14, 11),
                post(ENGINEERING_GUILD, knows("postgresql"), "PostgreSQL tuning notes from this week: raising "
                        + "work_mem for the reporting role only cut the monthly report from 14 minutes to 90 seconds. "
                        + "<b>Do not</b> set it globally: every sort gets its own allocation."),
                post(ENGINEERING_GUILD, staffOf(ENGINEERING), "Does anyone know how to get a heap dump out of a pod "
                        + "that is OOM-killed before jstack can attach? Asking for a friend, who is me."),
                post(ENGINEERING_GUILD, knows("observability"), "New dashboards for the search cluster: query latency, "
                        + "indexing lag and the outbox backlog, all in one place. "
                        + "<a href=\"https://grafana.agora.example/d/search\">Search overview</a>"),
                post(ENGINEERING_GUILD, knows("terraform"), "Reminder: the Terraform state for the shared network "
                        + "moved to the new backend. Run terraform init -migrate-state before your next plan, or you "
                        + "will see a very scary diff."),
                post(ENGINEERING_GUILD, knows("kafka"), "Lunch and learn on Thursday: Kafka consumer groups without "
                        + "tears. Bring your rebalancing questions, the payments team has plenty."),
                post(ENGINEERING_GUILD, titled("Security Engineer"), "Security reminder: critical dependency updates "
                        + "must be merged within seven days. The dashboard is green for everyone except two "
                        + "repositories, and you know who you are."),
                post(ENGINEERING_GUILD, knows("elasticsearch"), "Has anyone benchmarked Elasticsearch vector fields "
                        + "on our hardware? Thinking about semantic search for the knowledge base."),
                post(ENGINEERING_GUILD, knows("postgresql"), "Postgres tip: if autovacuum can't keep up on a hot "
                        + "table, lower autovacuum_vacuum_scale_factor for that table only. Our events table went from "
                        + "40% bloat to under 5%."),
                post(ENGINEERING_GUILD, knows("react"), "We are moving the React apps to the new design system "
                        + "components. The migration guide, with before and after screenshots, is in the engineering "
                        + "handbook."),
                post(ENGINEERING_GUILD, knows("java"), "Virtual threads experiment: the notification service now "
                        + "handles four times the concurrent connections with the same memory. Write-up next week."),
                post(ENGINEERING_GUILD, staffOf(ENGINEERING), "Does anyone know how to make kubectl use a different "
                        + "context in each terminal tab? I keep deploying to staging when I mean dev."),
                post(ENGINEERING_GUILD, titled("Engineering Manager"), "The postmortem for last Friday's slow logins "
                        + "is published. Root cause: a missing index after a migration. We now add query plans to the "
                        + "migration review checklist."),
                post(ENGINEERING_GUILD, knows("observability").and(titled("Site Reliability Engineer")), "On-call "
                        + "handbook updated: escalations go to the regional SRE first, then to the engineering manager "
                        + "on duty. Singapore covers the European night."),
                post(ENGINEERING_GUILD, is("marcus"), "Welcome to all the new engineers this month! Our tech talk is "
                        + "on Wednesdays at 9:00 London, 16:00 Singapore. Recordings are on the wiki."),

                post(SINGAPORE_OFFICE, worksIn(OPERATIONS), "The pantry on level 12 has a proper coffee machine now. "
                        + "Kopi lovers, don't worry: the old one is staying too."),
                post(SINGAPORE_OFFICE, anyone(), "Team lunch at Lau Pa Sat this Friday at 12:30. Reply here so we "
                        + "can book enough tables!"),
                post(SINGAPORE_OFFICE, worksIn(PEOPLE), "Reminder: Monday is a public holiday, so the office is "
                        + "closed. Enjoy the long weekend!"),
                post(SINGAPORE_OFFICE, knows("kubernetes"), "We are hosting the Singapore Kubernetes meetup in our "
                        + "office at the end of the month. Volunteers needed for setup and pizza duty."),
                post(SINGAPORE_OFFICE, worksIn(OPERATIONS), "Lost and found: a blue umbrella and a game console case "
                        + "were left in the Merlion meeting room. Collect them at reception."),
                post(SINGAPORE_OFFICE, titled("Engineering Manager"), "Does anyone know a good place near the office "
                        + "for a team day of about twenty people? Somewhere with a projector and decent food."),
                post(SINGAPORE_OFFICE, worksIn(OPERATIONS), "The air conditioning on the west side is serviced on "
                        + "Saturday. If you come in, bring a fan."),
                post(SINGAPORE_OFFICE, worksIn(CUSTOMER_SUCCESS), "Friday demo: the APAC support team shows the new "
                        + "Bahasa Indonesia help articles. 4pm in the town hall area."),
                post(SINGAPORE_OFFICE, is("marcus"), "Our office turned five this month! Cake at 3pm in the pantry. "
                        + "Thank you all for making this such a good place to work."),

                post(LEADERSHIP_CIRCLE, is(CHIEF_EXECUTIVE), "The leadership offsite is confirmed for two weeks from "
                        + "now: two days outside the city. Agenda: next year's plan, pricing, and how we grow "
                        + "the APAC team. Please send your pre-reads a week before.").between(20, 17),
                post(LEADERSHIP_CIRCLE, titled("Chief Financial Officer"), "The pre-read for the offsite budget session "
                        + "is in the leadership folder. Headline: we can fund the Singapore expansion if we slow hiring "
                        + "in two other regions.").between(14, 10),
                post(LEADERSHIP_CIRCLE, is(CHIEF_EXECUTIVE), "Draft agenda for the offsite:<ul><li>Day one: strategy "
                        + "and the three-year plan</li><li>Day two: organisation design and succession</li></ul>"
                        + "Comments welcome until Friday.").between(16, 12),
                post(LEADERSHIP_CIRCLE, is("priya"), "Reminder that the compensation review numbers stay confidential "
                        + "until the letters go out. Please don't discuss ranges outside this group."),
                post(LEADERSHIP_CIRCLE, titled("Chief Financial Officer"), "Board meeting prep: I need one slide per "
                        + "department on hiring against plan by Wednesday."),
                post(LEADERSHIP_CIRCLE, is(CHIEF_EXECUTIVE), "Thank you all for two great days at the offsite. "
                        + "Action items and owners are in the notes; we review progress at the next leadership "
                        + "sync.").between(2, 0),

                post(PROJECT_NIGHTINGALE, is("marcus"), "Welcome to Project Nightingale. Everything here is "
                        + "confidential until launch: please don't mention nightingale outside this group, not even in "
                        + "commit messages.").between(21, 19),
                post(PROJECT_NIGHTINGALE, titled("VP Product"), "Nightingale launch plan, second draft: private beta "
                        + "with five customers in week three, public announcement at the customer conference, feature "
                        + "freeze two weeks before.").between(12, 8),
                post(PROJECT_NIGHTINGALE, staffOf(ENGINEERING), "Nightingale load test results: 2,000 concurrent "
                        + "users on a single node with response times under 300 ms. Next step is the multi-region "
                        + "setup."),
                post(PROJECT_NIGHTINGALE, worksIn(PRODUCT), "Pricing options for Nightingale are in the shared sheet. "
                        + "We need a decision by the end of the month so that marketing can prepare the launch."),
                post(PROJECT_NIGHTINGALE, titled("Product Designer"), "Design review for the Nightingale onboarding "
                        + "flow tomorrow at 10:00 Singapore time. The Figma link is in the invitation."),
                post(PROJECT_NIGHTINGALE, is("marcus"), "Reminder: the nightingale code name stays internal. "
                        + "Outside this group it is \"the new insights module\" until the announcement."),

                post(null, is(CHIEF_EXECUTIVE), "All-hands next Thursday: the quarter's results, the new Singapore "
                        + "floor and your questions. Send questions in advance or ask them live."),
                post(null, is(CHIEF_EXECUTIVE), "Proud of this team. We passed 500 customers this month, and much of "
                        + "that is thanks to people who never appear on a sales report: support, finance, IT and "
                        + "facilities. Thank you."),
                post(null, is("priya"), "Onboarding update: new joiners now get a buddy from another department for "
                        + "their first month. If you would like to be a buddy, let me know!"),
                post(null, is("priya"), "The performance review cycle opens on Monday. Self-reviews are due in two "
                        + "weeks; managers, please book your calibration sessions now."),
                post(null, is("alex"), "IT notice: laptops will ask for an operating system update this week. Please "
                        + "restart when asked, the update fixes an important security issue."),
                post(null, is("alex"), "New Wi-Fi in the Berlin and London offices: join Agora-Staff with your usual "
                        + "login. The old network switches off at the end of the month."),
                post(null, is("tomas"), "Welcome to our new intranet! A few community guidelines: be kind, keep "
                        + "confidential things in the right groups, and use the report button if something looks "
                        + "wrong. Happy posting!").between(21, 20),
                post(null, is("tomas"), "Photo contest: share your best shot of your office city this month. The "
                        + "winning photo becomes the login background."),
                post(null, is("sam"), "Does anyone know how to get access to the production Kubernetes dashboards? "
                        + "My request has been pending for a week."),
                post(null, is("sam"), "First build with the new CI pipeline: 4 minutes instead of 11. Whoever did "
                        + "this, thank you!"),
                post(null, basedIn(Office.LONDON), "Does anyone know how to book a desk in the London office for a "
                        + "single day? The booking page only offers whole weeks."),
                post(null, anyone(), "Does anyone know how to submit an expense in a different currency? The form "
                        + "keeps converting it for me."),
                post(null, anyone(), "Does anyone know how to change my name in the directory? I got married last "
                        + "month."),
                post(null, staffOf(ENGINEERING), "Does anyone know who writes visa letters for conference travel? I "
                        + "have a talk accepted in Austin."),
                post(null, joinedBetweenDaysAgo(70, 28), "Just finished my first month here. The buddy programme is "
                        + "great, thank you to everyone who answered my many questions!"),
                post(null, basedIn(Office.SYDNEY), "Sydney running club: Tuesdays and Thursdays at 7am along the "
                        + "harbour. All paces welcome."),
                post(null, basedIn(Office.PARIS), "Paris office: the new meeting rooms on the third floor can be "
                        + "booked from today."),
                post(null, basedIn(Office.AUSTIN), "Breakfast tacos in the Austin kitchen tomorrow morning, courtesy "
                        + "of the customer success team for hitting their satisfaction goal."),
                post(null, basedIn(Office.SAO_PAULO), "The São Paulo team is volunteering at the food bank on "
                        + "Saturday. Join us, there is room for everyone!"),
                post(null, basedIn(Office.BANGALORE), "Bangalore office: the new cafeteria menu is out, with more "
                        + "South Indian breakfast options. Feedback welcome!"),
                post(null, worksIn(FINANCE), "Reminder: submit this month's expense reports by the 25th to have them "
                        + "paid with your salary."),
                post(null, worksIn(LEGAL), "New NDA templates are on the legal page. Please stop using the 2019 "
                        + "version, it still has our old address."),
                post(null, titled("VP Customer Success"), "Customer shout-out: a large logistics customer told us our "
                        + "support is \"the best part of the product\". Thank you to the Sydney support crew!"),
                post(null, worksIn(PRODUCT), "The roadmap for next quarter is published. Highlights: better search, "
                        + "mobile notifications and group analytics. Feedback welcome!"),
                post(null, worksIn(MARKETING), "The new brand guidelines are live, with the updated logo and colours. "
                        + "Please use the new slide template from now on."),
                post(null, knows("postgresql"), "Does anyone know how to size PostgreSQL connection pools for a "
                        + "service with bursty traffic? We see timeouts every morning at 9."),
                post(null, anyone(), "Does anyone know how to share my calendar with an external partner without "
                        + "showing meeting details?"));
    }

    private static Script post(String groupSlug, Predicate<Person> author, String body) {
        return new Script(groupSlug, author, body, (int) POST_PERIOD.toDays(), 0);
    }

    private static Predicate<Person> is(String username) {
        return person -> person.username.equals(username);
    }

    private static Predicate<Person> worksIn(String department) {
        return person -> person.department.equals(department);
    }

    /** People in the department below its head, who ask the questions. */
    private static Predicate<Person> staffOf(String department) {
        return worksIn(department).and(person -> person.manager != null && person.manager.manager != null);
    }

    private static Predicate<Person> titled(String title) {
        return person -> person.title.equals(title);
    }

    private static Predicate<Person> knows(String tag) {
        return person -> person.expertise.contains(tag);
    }

    private static Predicate<Person> basedIn(Office... offices) {
        List<Office> places = List.of(offices);
        return person -> places.contains(person.office);
    }

    private static Predicate<Person> anyone() {
        return person -> true;
    }

    private Predicate<Person> joinedBetweenDaysAgo(int from, int to) {
        return person -> person.hireDate.isAfter(today.minusDays(from)) && person.hireDate.isBefore(today.minusDays(to));
    }

    private Person byUsername(String username) {
        return people.stream().filter(is(username)).findFirst().orElseThrow();
    }

    /**
     * Colleagues in the same department vouch for what they see each other do: at most two per topic, so that
     * who-knows has something to weigh without anyone far ahead. Sam, the demo's newcomer to the app, has a few
     * waiting in the bell.
     */
    private List<DemoEndorsement> endorsements() {
        List<DemoEndorsement> endorsements = new ArrayList<>();
        for (Person person : people) {
            List<Person> colleagues = people.stream()
                    .filter(worksIn(person.department)).filter(colleague -> colleague != person).toList();
            for (String tag : person.expertise) {
                for (Person endorser : sample(colleagues, random.nextInt(3))) {
                    endorsements.add(new DemoEndorsement(endorser.username, person.username, tag));
                }
            }
        }
        Person sam = people.stream().filter(person -> person.username.equals("sam")).findFirst().orElseThrow();
        String samsTopic = sam.expertise.iterator().next();
        for (String endorser : List.of("marcus", "tomas")) {
            if (endorsements.stream().noneMatch(e -> e.endorserUsername().equals(endorser)
                    && e.employeeUsername().equals("sam") && e.tag().equals(samsTopic))) {
                endorsements.add(new DemoEndorsement(endorser, "sam", samsTopic));
            }
        }
        return endorsements;
    }

    private List<Person> inDepartment(String department) {
        return people.stream().filter(worksIn(department)).filter(person -> person != heads.get(department)).toList();
    }

    private List<Person> sample(List<Person> from, int size) {
        List<Person> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(size, shuffled.size()));
    }

    private <T> T any(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T weighted(List<Choice<T>> choices) {
        int ticket = random.nextInt(choices.stream().mapToInt(Choice::weight).sum());
        for (Choice<T> choice : choices) {
            ticket -= choice.weight();
            if (ticket < 0) {
                return choice.value();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /** A moment in the window, during the author's working day in their office when the window allows. */
    private Instant atWork(Person author, Instant earliest, Instant latest) {
        Instant anyTime = between(earliest, latest);
        for (int attempt = 0; attempt < 5; attempt++) {
            LocalDate day = LocalDate.ofInstant(between(earliest, latest), author.office.zone);
            LocalTime time = WORKDAY_START.plusSeconds(random.nextInt(WORKDAY_SECONDS));
            Instant atWork = day.atTime(time).atZone(author.office.zone).toInstant().truncatedTo(ChronoUnit.MILLIS);
            if (!atWork.isBefore(earliest) && !atWork.isAfter(latest)) {
                return atWork;
            }
        }
        return anyTime;
    }

    private Instant between(Instant earliest, Instant latest) {
        long span = Duration.between(earliest, latest).toMillis();
        return span <= 0 ? latest : earliest.plusMillis(random.nextLong(span));
    }

    private static Instant firstDay(LocalDate hireDate) {
        return hireDate.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Instant latestOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliestOf(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> Choice<T> choice(T value, int weight) {
        return new Choice<>(value, weight);
    }

    private static List<String> list(String commaSeparated) {
        return List.of(commaSeparated.split(",\\s*"));
    }
}
