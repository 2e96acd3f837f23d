package org.agora.recognition;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.SearchAnswers;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small builders for the recognition tests: HR's programmes and badges, recognitions, and colleagues of their own. */
final class RecognitionFixtures {

    static final String API = "api/v1/recognitions";
    private static final String IMPORT_HEADER = "employee_number,full_name,email,title,department,city,country,"
            + "manager_employee_number,hire_date,expertise,roles,active\n";

    private RecognitionFixtures() {
    }

    /** A programme running since last month, with no end, as HR creates it; its id. */
    static long programme(AgoraClient hr, String name) {
        HttpResponse<String> created = hr.postJson(API + "/programmes", Json.createObjectBuilder()
                .add("name", name).add("description", "Recognition tests")
                .add("startsOn", LocalDate.now().minusMonths(1).toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return AgoraClient.json(created).getJsonNumber("id").longValue();
    }

    /** A badge of {@code programmeId}; {@code monthlyAllowance} null for no limit. Its id. */
    static long badge(AgoraClient hr, long programmeId, String name, String companyValue, String givers,
                      Integer monthlyAllowance) {
        HttpResponse<String> added = hr.postJson(API + "/programmes/" + programmeId + "/badges",
                badgeJson(name, companyValue, givers, monthlyAllowance));
        assertEquals(201, added.statusCode(), added.body());
        return AgoraClient.json(added).getJsonNumber("id").longValue();
    }

    static String badgeJson(String name, String companyValue, String givers, Integer monthlyAllowance) {
        JsonObjectBuilder badge = Json.createObjectBuilder().add("name", name).add("icon", "STAR")
                .add("description", "Given in tests").add("companyValue", companyValue).add("givers", givers);
        if (monthlyAllowance != null) {
            badge.add("monthlyAllowance", monthlyAllowance);
        }
        return badge.build().toString();
    }

    static HttpResponse<String> give(AgoraClient giver, long badgeId, String message, String visibility,
                                     long... recipientIds) {
        JsonArrayBuilder recipients = Json.createArrayBuilder();
        for (long id : recipientIds) {
            recipients.add(id);
        }
        JsonObjectBuilder given = Json.createObjectBuilder().add("recipientIds", recipients).add("badgeId", badgeId)
                .add("message", message);
        if (visibility != null) {
            given.add("visibility", visibility);
        }
        return giver.postJson(API, given.build().toString());
    }

    /** Gives and expects it to be accepted; the recognition's (and its post's) id. */
    static long given(AgoraClient giver, long badgeId, String message, String visibility, long... recipientIds) {
        HttpResponse<String> given = give(giver, badgeId, message, visibility, recipientIds);
        assertEquals(201, given.statusCode(), given.body());
        return AgoraClient.json(given).getJsonObject("post").getJsonNumber("id").longValue();
    }

    /** The newest recognitions {@code reader} may read; {@code filters} as in an address ("&department=Sales"). */
    static List<JsonObject> feed(AgoraClient reader, String filters) {
        HttpResponse<String> page = reader.get(API + "?size=100" + filters);
        assertEquals(200, page.statusCode(), page.body());
        return AgoraClient.json(page).getJsonArray("recognitions").stream().map(JsonValue::asJsonObject).toList();
    }

    static boolean inFeed(AgoraClient reader, long recognitionId) {
        return feed(reader, "").stream()
                .anyMatch(recognition -> recognition.getJsonObject("post").getJsonNumber("id").longValue() == recognitionId);
    }

    /** The notifications about one post in {@code recipient}'s bell. */
    static List<JsonObject> noticesAbout(AgoraClient recipient, long postId) {
        HttpResponse<String> inbox = recipient.get("api/v1/notifications");
        assertEquals(200, inbox.statusCode(), inbox.body());
        return AgoraClient.json(inbox).getJsonArray("latest").stream().map(JsonValue::asJsonObject)
                .filter(notice -> notice.containsKey("postId") && !notice.isNull("postId")
                        && notice.getJsonNumber("postId").longValue() == postId)
                .toList();
    }

    static JsonObject profile(AgoraClient reader, long employeeId) {
        HttpResponse<String> profile = reader.get("api/v1/people/" + employeeId);
        assertEquals(200, profile.statusCode(), profile.body());
        return AgoraClient.json(profile);
    }

    /** The first manager above {@code employeeId}, as id. */
    static long managerOf(AgoraClient reader, long employeeId) {
        return profile(reader, employeeId).getJsonArray("managerChain").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Demo employees sign in with the demo password under the name their e-mail address starts with. */
    static String username(AgoraClient reader, long employeeId) {
        String email = profile(reader, employeeId).getString("email");
        return email.substring(0, email.indexOf('@'));
    }

    static List<JsonObject> directReports(AgoraClient reader, long managerId) {
        return profile(reader, managerId).getJsonArray("directReports").stream().map(JsonValue::asJsonObject).toList();
    }

    /** A word of letters only, capitalised, to be someone's unique surname. */
    static String uniqueName() {
        String word = SearchAnswers.uniqueWord();
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /**
     * Colleagues HR imports for one test, in a department of their own that reports to the chief executive, so that
     * nobody else's recognitions or milestones are mixed with theirs.
     */
    static final class NewColleagues {
        final String suffix = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        final String tag = "recognition-" + suffix;
        final String department = "Kudos " + suffix;
        private final List<String> rows = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        /** Adds someone hired on {@code hireDate}; their full name. */
        String add(String surname, LocalDate hireDate) {
            String number = "K" + suffix + rows.size();
            String name = "Kim " + surname;
            rows.add(String.join(",", number, name, "kim." + surname.toLowerCase(Locale.ROOT) + "." + suffix
                            + "@agora.example", "Analyst", department, "Lisbon", "Portugal", "E00001",
                    hireDate.toString(), tag, "", "true") + "\n");
            names.add(name);
            return name;
        }

        /** Imports them all; full name to id. */
        Map<String, Long> importedBy(AgoraClient hr) {
            HttpResponse<String> imported = hr.postRaw("api/v1/people/imports?dryRun=false", "text/csv",
                    IMPORT_HEADER + String.join("", rows));
            assertEquals(200, imported.statusCode(), imported.body());
            Map<String, Long> ids = hr.experts(tag);
            assertEquals(names.size(), ids.size(), "everyone imported: " + ids);
            return ids;
        }
    }
}
