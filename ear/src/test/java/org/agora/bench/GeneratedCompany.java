package org.agora.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A large company in HR's CSV format, the same every time for a seed: a management tree eight wide, departments,
 * offices in several countries, and two to five topics per person drawn from a skewed vocabulary so that some
 * topics have thousands of people and others a handful.
 */
final class GeneratedCompany {

    static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Marketing", "Product",
            "Customer Success", "Finance", "People", "Operations", "Legal", "Research");
    static final List<String[]> OFFICES = List.of(new String[]{"Helsinki", "Finland"},
            new String[]{"Berlin", "Germany"}, new String[]{"Munich", "Germany"}, new String[]{"London", "United Kingdom"},
            new String[]{"Singapore", "Singapore"}, new String[]{"New York", "United States"},
            new String[]{"Austin", "United States"}, new String[]{"São Paulo", "Brazil"}, new String[]{"Tokyo", "Japan"},
            new String[]{"Sydney", "Australia"}, new String[]{"Toronto", "Canada"}, new String[]{"Madrid", "Spain"});
    static final List<String> TOPICS = List.of("kubernetes", "java", "negotiation", "forecasting", "postgresql",
            "elasticsearch", "design-systems", "accessibility", "payroll", "gdpr", "contract-law", "public-speaking",
            "react", "typescript", "terraform", "aws", "azure", "machine-learning", "data-visualisation",
            "customer-onboarding", "renewals", "pricing", "okrs", "hiring", "coaching", "excel", "sql", "python",
            "go", "rust", "security", "incident-response", "observability", "kafka", "graphql", "ux-research",
            "copywriting", "seo", "events", "partnerships", "budgeting", "tax", "procurement", "logistics",
            "supply-chain", "lean", "six-sigma", "mandarin", "japanese", "spanish");
    private static final List<String> FIRST_NAMES = List.of("Aino", "Ben", "Chen", "Dara", "Elif", "Farah", "Goran",
            "Hana", "Ivan", "Jonas", "Kaito", "Lena", "Mateo", "Nia", "Olu", "Paula", "Quinn", "Rafael", "Sara",
            "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Émile", "Ingrid", "Kofi", "Mei");
    private static final List<String> LAST_NAMES = List.of("Aalto", "Brown", "Costa", "Dubois", "Eriksen", "Fischer",
            "García", "Hughes", "Ito", "Jensen", "Kowalski", "Lee", "Müller", "Nakamura", "Okafor", "Petrov",
            "Quintero", "Rossi", "Schmidt", "Tanaka", "Usman", "Virtanen", "Wang", "Xu", "Yilmaz", "Zhang");
    private static final int SPAN_OF_CONTROL = 8;

    private GeneratedCompany() {
    }

    /** The whole file, header first. */
    static String csv(int employees, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(employees * 200);
        csv.append("employee_number,full_name,email,title,department,city,country,manager_employee_number,"
                + "hire_date,expertise,roles,active\n");
        for (int i = 0; i < employees; i++) {
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            String[] office = OFFICES.get(random.nextInt(OFFICES.size()));
            String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
            String manager = i == 0 ? "" : number((i - 1) / SPAN_OF_CONTROL);
            csv.append(number(i)).append(',')
                    .append(first).append(' ').append(last).append(',')
                    .append(ascii(first)).append('.').append(ascii(last)).append('.').append(i).append("@bench.example,")
                    .append(i == 0 ? "Chief Executive" : department + " Specialist").append(',')
                    .append(department).append(',')
                    .append(office[0]).append(',').append(office[1]).append(',')
                    .append(manager).append(',')
                    .append(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000))).append(',')
                    .append(String.join(";", topics(random))).append(',')
                    .append("EMPLOYEE,true\n");
        }
        return csv.toString();
    }

    /** Two to five topics; low indices are far more likely, as popular skills are in a real company. */
    private static List<String> topics(Random random) {
        List<String> topics = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        while (topics.size() < count) {
            int index = (int) Math.min(TOPICS.size() - 1, Math.abs(random.nextGaussian()) * TOPICS.size() / 3);
            String topic = TOPICS.get(index);
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        return topics;
    }

    static String number(int index) {
        return "G%06d".formatted(index);
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
