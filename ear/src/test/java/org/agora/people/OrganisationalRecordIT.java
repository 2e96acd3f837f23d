package org.agora.people;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR keeps the organisational record (title, department, place, manager, hire date) and lets people leave and
 * come back. The records changed here belong to employees each test imports for itself, so no other test sees them.
 */
class OrganisationalRecordIT extends DeployedAgora {

    private static final String HEADER = "employee_number,full_name,email,title,department,city,country,"
            + "manager_employee_number,hire_date,expertise,roles,active\n";

    /** The demo's named people, whom other tests sign in as. */
    private static final Set<String> DEMO_LOGINS = Set.of("Helena Virtanen", "Marcus Chen", "Priya Raman",
            "Tomás Álvarez", "Alex Morgan", "Sam Taylor");

    @Test
    void hrUpdatesTheRecordAndTheProfileShowsIt() {
        NewPair pair = new NewPair(AgoraClient.as(base, "priya"));
        AgoraClient priya = AgoraClient.as(base, "priya");
        String department = "Records " + pair.suffix;

        HttpResponse<String> updated = priya.putJson(organisation(pair.adaId), record(
                "  Principal Engineer  ", department, "Lisbon", "Portugal", pair.brunoId, "2021-03-04"));

        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject profile = AgoraClient.json(AgoraClient.as(base, "sam").get("api/v1/people/" + pair.adaId));
        JsonObject person = profile.getJsonObject("person");
        assertEquals("Principal Engineer", person.getString("title"), "trimmed");
        assertEquals(department, person.getString("department"));
        assertEquals("Lisbon, Portugal", person.getString("location"));
        assertEquals("2021-03-04", profile.getString("hireDate"));
        assertEquals(pair.brunoId, profile.getJsonArray("managerChain").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(List.of(pair.bruno, "Helena Virtanen"), chain(profile));
        assertEquals(AgoraClient.json(updated).getJsonObject("person"), person, "the update answers with the profile");
        JsonObject record = AgoraClient.json(priya.get(organisation(pair.adaId)));
        assertEquals("Principal Engineer", record.getString("title"));
        assertEquals(department, record.getString("department"));
        assertEquals("Lisbon", record.getString("city"));
        assertEquals("Portugal", record.getString("country"));
        assertEquals(pair.brunoId, record.getJsonNumber("managerId").longValue());
        assertEquals("2021-03-04", record.getString("hireDate"));
    }

    @Test
    void onlyHrAndAdministratorsSeeOrChangeTheRecord() {
        NewPair pair = new NewPair(AgoraClient.as(base, "alex"));
        AgoraClient sam = AgoraClient.as(base, "sam");
        JsonObject before = AgoraClient.json(AgoraClient.as(base, "priya").get(organisation(pair.adaId)));

        HttpResponse<String> read = sam.get(organisation(pair.adaId));
        HttpResponse<String> changed = sam.putJson(organisation(pair.adaId),
                record("Chief Everything Officer", "Sam's", "London", "United Kingdom", null, "2020-01-01"));

        assertEquals(403, read.statusCode(), read.body());
        assertEquals(403, changed.statusCode(), changed.body());
        assertEquals(before, AgoraClient.json(AgoraClient.as(base, "priya").get(organisation(pair.adaId))),
                "nothing changed");
        assertEquals(200, AgoraClient.as(base, "alex").get(organisation(pair.adaId)).statusCode(),
                "administrators may read it");
    }

    @Test
    void aManagerCycleIsRefusedAndNoneOfTheUpdateIsKept() {
        NewPair pair = new NewPair(AgoraClient.as(base, "priya"));
        AgoraClient priya = AgoraClient.as(base, "priya");
        JsonObject before = AgoraClient.json(priya.get(organisation(pair.brunoId)));
        assertEquals("Engineer", before.getString("title"));

        HttpResponse<String> cycle = priya.putJson(organisation(pair.brunoId),
                record("Head of Cycles", "Loops", "Helsinki", "Finland", pair.adaId, "2024-01-15"));

        assertEquals(400, cycle.statusCode(), cycle.body());
        assertEquals(pair.bruno + " cannot report to " + pair.ada + ", who already reports to them.",
                AgoraClient.json(cycle).getString("detail"));
        assertEquals(before, AgoraClient.json(priya.get(organisation(pair.brunoId))),
                "the title and department are not changed either");
        assertEquals("Engineer", AgoraClient.json(priya.get("api/v1/people/" + pair.brunoId))
                .getJsonObject("person").getString("title"));
    }

    @Test
    void beingOnesOwnManagerIsRefused() {
        NewPair pair = new NewPair(AgoraClient.as(base, "priya"));
        AgoraClient priya = AgoraClient.as(base, "priya");
        JsonObject before = AgoraClient.json(priya.get(organisation(pair.adaId)));

        HttpResponse<String> self = priya.putJson(organisation(pair.adaId),
                record("Own Boss", "Platform", "Helsinki", "Finland", pair.adaId, "2024-01-15"));

        assertEquals(400, self.statusCode(), self.body());
        assertEquals(pair.ada + " cannot be their own manager.", AgoraClient.json(self).getString("detail"));
        assertEquals(before, AgoraClient.json(priya.get(organisation(pair.adaId))));
    }

    @Test
    void anUnknownManagerIsNotFoundAndNothingChanges() {
        NewPair pair = new NewPair(AgoraClient.as(base, "priya"));
        AgoraClient priya = AgoraClient.as(base, "priya");
        JsonObject before = AgoraClient.json(priya.get(organisation(pair.adaId)));

        HttpResponse<String> unknown = priya.putJson(organisation(pair.adaId),
                record("Ghost Writer", "Nowhere", "Oslo", "Norway", 999_999_999L, "2024-01-15"));

        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(before, AgoraClient.json(priya.get(organisation(pair.adaId))), "the title is not changed either");
    }

    @Test
    void aTitleLongerThanTwoHundredCharactersIsRefusedWithASentence() {
        NewPair pair = new NewPair(AgoraClient.as(base, "priya"));
        AgoraClient priya = AgoraClient.as(base, "priya");
        JsonObject before = AgoraClient.json(priya.get(organisation(pair.adaId)));

        HttpResponse<String> exactly = priya.putJson(organisation(pair.adaId),
                record("t".repeat(200), "Platform", "Helsinki", "Finland", pair.brunoId, "2024-01-15"));
        HttpResponse<String> tooLong = priya.putJson(organisation(pair.adaId),
                record("x".repeat(201), "Elsewhere", "Helsinki", "Finland", pair.brunoId, "2024-01-15"));

        assertEquals(200, exactly.statusCode(), "200 characters still fit: " + exactly.body());
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("A title can be at most 200 characters; this one has 201.",
                AgoraClient.json(tooLong).getString("detail"));
        JsonObject after = AgoraClient.json(priya.get(organisation(pair.adaId)));
        assertEquals("t".repeat(200), after.getString("title"), "the refused title is not stored");
        assertEquals(before.getString("department"), after.getString("department"));
    }

    @Test
    void hrCannotDeactivateThemselves() {
        AgoraClient priya = AgoraClient.as(base, "priya");
        long priyaId = AgoraClient.json(priya.get("api/v1/people/me")).getJsonObject("person").getJsonNumber("id")
                .longValue();

        HttpResponse<String> refused = priya.postRaw("api/v1/people/" + priyaId + "/deactivation", "application/json", "");

        try {
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(AgoraClient.json(refused).getString("detail").contains("your own account"), refused.body());
            HttpResponse<String> stillHere = priya.get("api/v1/people/me");
            assertEquals(200, stillHere.statusCode(), "Priya can still sign in");
            assertFalse(AgoraClient.json(stillHere).getBoolean("former"));
        } finally {
            if (refused.statusCode() == 200) {
                // keep the demo HR login usable for the other tests if the refusal is ever lost
                AgoraClient.as(base, "alex").postRaw("api/v1/people/" + priyaId + "/reactivation", "application/json", "");
            }
        }
    }

    @Test
    void aFormerEmployeeWhoComesBackCanSignInAgain() {
        AgoraClient priya = AgoraClient.as(base, "priya");
        JsonObject returner = legalTeamMember(priya);
        long returnerId = returner.getJsonNumber("id").longValue();
        String username = username(priya, returnerId);
        AgoraClient returning = AgoraClient.as(base, username);
        assertEquals(200, returning.get("api/v1/people/me").statusCode(), username + " can sign in to begin with");

        HttpResponse<String> deactivated = priya.postRaw("api/v1/people/" + returnerId + "/deactivation",
                "application/json", "");
        HttpResponse<String> whileAway;
        HttpResponse<String> reactivated;
        try {
            assertEquals(200, deactivated.statusCode(), deactivated.body());
            assertTrue(AgoraClient.json(deactivated).getBoolean("former"));
            whileAway = returning.get("api/v1/people/me");
        } finally {
            reactivated = priya.postRaw("api/v1/people/" + returnerId + "/reactivation", "application/json", "");
        }

        assertEquals(401, whileAway.statusCode(), "a former employee cannot sign in");
        assertEquals(200, reactivated.statusCode(), reactivated.body());
        assertFalse(AgoraClient.json(reactivated).getBoolean("former"));
        HttpResponse<String> back = returning.get("api/v1/people/me");
        assertEquals(200, back.statusCode(), username + " signs in again");
        assertFalse(AgoraClient.json(back).getBoolean("former"));
        assertEquals(returnerId, AgoraClient.json(back).getJsonObject("person").getJsonNumber("id").longValue());
        assertFalse(AgoraClient.json(AgoraClient.as(base, "sam").get("api/v1/people/" + returnerId)).getBoolean("former"),
                "colleagues see them as a current employee");
    }

    @Test
    void onlyHrAndAdministratorsReactivate() {
        NewPair pair = new NewPair(AgoraClient.as(base, "priya"));
        AgoraClient priya = AgoraClient.as(base, "priya");
        assertEquals(200, priya.postRaw("api/v1/people/" + pair.adaId + "/deactivation", "application/json", "")
                .statusCode());

        HttpResponse<String> refused = AgoraClient.as(base, "sam")
                .postRaw("api/v1/people/" + pair.adaId + "/reactivation", "application/json", "");

        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(AgoraClient.json(priya.get("api/v1/people/" + pair.adaId)).getBoolean("former"), "still gone");
    }

    /**
     * Two people new to Agora, imported for one test: Ada reports to Bruno, Bruno to Helena. Imported employees
     * cannot sign in (their passwords are unusable), which is why sign-in is checked with a demo employee.
     */
    private final class NewPair {
        final String suffix = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        final String tag = "orgrecord-" + suffix;
        final String ada = "Ada Holmberg " + suffix;
        final String bruno = "Bruno Salas " + suffix;
        final long adaId;
        final long brunoId;

        NewPair(AgoraClient hr) {
            String adaNumber = "R" + suffix + "1";
            String brunoNumber = "R" + suffix + "2";
            String csv = HEADER
                    + row(adaNumber, ada, "ada." + suffix + "@agora.example", brunoNumber)
                    + row(brunoNumber, bruno, "bruno." + suffix + "@agora.example", "E00001");
            HttpResponse<String> imported = hr.postRaw("api/v1/people/imports?dryRun=false", "text/csv", csv);
            assertEquals(200, imported.statusCode(), imported.body());
            Map<String, Long> ids = hr.experts(tag);
            adaId = ids.get(ada);
            brunoId = ids.get(bruno);
            assertNotEquals(adaId, brunoId);
        }

        private String row(String number, String name, String email, String manager) {
            return String.join(",", number, name, email, "Engineer", "Platform", "Helsinki", "Finland", manager,
                    "2024-01-15", tag, "", "true") + "\n";
        }
    }

    /** Someone who reports to the head of Legal, a department no other test touches. */
    private JsonObject legalTeamMember(AgoraClient client) {
        long helenaId = AgoraClient.json(AgoraClient.as(base, "helena").get("api/v1/people/me"))
                .getJsonObject("person").getJsonNumber("id").longValue();
        JsonObject legalHead = reports(client, helenaId).stream()
                .filter(person -> "Legal".equals(person.getString("department", null)))
                .findFirst().orElseThrow(() -> new AssertionError("the demo company has a head of Legal"));
        return reports(client, legalHead.getJsonNumber("id").longValue()).stream()
                .filter(person -> !DEMO_LOGINS.contains(person.getString("fullName")))
                .findFirst().orElseThrow(() -> new AssertionError("the head of Legal has a team"));
    }

    private static List<JsonObject> reports(AgoraClient client, long managerId) {
        return AgoraClient.json(client.get("api/v1/people/" + managerId)).getJsonArray("directReports").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static String username(AgoraClient client, long employeeId) {
        String email = AgoraClient.json(client.get("api/v1/people/" + employeeId)).getString("email");
        return email.substring(0, email.indexOf('@'));
    }

    private static String organisation(long employeeId) {
        return "api/v1/people/" + employeeId + "/organisation";
    }

    private static String record(String title, String department, String city, String country, Long managerId,
                                 String hireDate) {
        JsonObjectBuilder record = Json.createObjectBuilder().add("title", title).add("department", department)
                .add("city", city).add("country", country).add("hireDate", hireDate);
        if (managerId == null) {
            record.addNull("managerId");
        } else {
            record.add("managerId", managerId);
        }
        return record.build().toString();
    }

    private static List<String> chain(JsonObject profile) {
        return profile.getJsonArray("managerChain").stream()
                .map(person -> person.asJsonObject().getString("fullName")).toList();
    }
}
