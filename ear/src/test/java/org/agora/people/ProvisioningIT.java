package org.agora.people;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR imports the employee file from its system: checked first, applied whole or not at all, and idempotent. */
class ProvisioningIT extends DeployedAgora {

    private static final String HEADER = "employee_number,full_name,email,title,department,city,country,"
            + "manager_employee_number,hire_date,expertise,roles,active\n";
    private static final String DRY_RUN = "api/v1/people/imports";
    private static final String APPLY = "api/v1/people/imports?dryRun=false";

    @Test
    void aDryRunReportsTheFileAndStoresNothing() {
        NewTeam team = new NewTeam();
        AgoraClient priya = AgoraClient.as(base, "priya");

        HttpResponse<String> report = priya.postRaw(DRY_RUN, "text/csv", team.csv(true));

        assertEquals(200, report.statusCode(), report.body());
        JsonObject json = AgoraClient.json(report);
        assertTrue(json.getBoolean("valid"), report.body());
        assertEquals(3, json.getInt("rows"));
        assertTrue(json.getJsonArray("problems").isEmpty());
        assertTrue(json.getJsonArray("fileProblems").isEmpty());
        assertTrue(priya.experts(team.tag).isEmpty(), "nothing is created by a dry run");
    }

    @Test
    void applyingCreatesEveryoneWithManagersFromTheFileOrAlreadyInAgora() {
        NewTeam team = new NewTeam();
        AgoraClient priya = AgoraClient.as(base, "priya");

        HttpResponse<String> applied = priya.postRaw(APPLY, "text/csv", team.csv(true));

        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals(Map.of("created", 3, "updated", 0, "unchanged", 0, "deactivated", 0), counts(applied));
        Map<String, Long> ids = priya.experts(team.tag);
        assertEquals(List.of(), missing(ids, team.names()), "everyone is listed under the file's topic");
        List<JsonObject> adasChain = chain(priya, ids.get(team.ada));
        assertEquals(ids.get(team.bruno).longValue(), adasChain.get(0).getJsonNumber("id").longValue(),
                "Ada's manager is Bruno, who is listed after her in the file");
        assertEquals(List.of(team.bruno, "Helena Virtanen"),
                adasChain.stream().map(person -> person.getString("fullName")).toList());
        assertEquals("Helena Virtanen", chain(priya, ids.get(team.chen)).get(0).getString("fullName"));
    }

    @Test
    void applyingTheSameFileAgainChangesNothing() {
        NewTeam team = new NewTeam();
        AgoraClient priya = AgoraClient.as(base, "priya");
        assertEquals(200, priya.postRaw(APPLY, "text/csv", team.csv(true)).statusCode());

        HttpResponse<String> again = priya.postRaw(APPLY, "text/csv", team.csv(true));

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(Map.of("created", 0, "updated", 0, "unchanged", 3, "deactivated", 0), counts(again));
    }

    @Test
    void aFileWithOneInvalidRowIsNotAppliedAtAll() {
        NewTeam team = new NewTeam();
        String csv = HEADER
                + team.row(team.adaNumber, team.ada, "ada." + team.suffix + "@agora.example", "E00001", true)
                + team.row(team.brunoNumber, team.bruno, "bruno." + team.suffix + "-at-agora.example", "E00001", true)
                + team.row(team.chenNumber, team.chen, "chen." + team.suffix + "@agora.example", "E00001", true);
        AgoraClient priya = AgoraClient.as(base, "priya");

        HttpResponse<String> report = priya.postRaw(DRY_RUN, "text/csv", csv);
        HttpResponse<String> refused = priya.postRaw(APPLY, "text/csv", csv);

        assertEquals(200, report.statusCode(), report.body());
        JsonObject json = AgoraClient.json(report);
        assertFalse(json.getBoolean("valid"));
        JsonObject problem = json.getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("line"));
        assertEquals(team.brunoNumber, problem.getString("employeeNumber"));
        assertTrue(problem.getString("message").contains("is not a valid address"), problem.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(AgoraClient.json(refused).getString("detail").contains("Line 3"), refused.body());
        assertTrue(priya.experts(team.tag).isEmpty(), "the valid rows are not created either");
    }

    @Test
    void onlyHrAndAdministratorsImport() {
        NewTeam team = new NewTeam();
        AgoraClient sam = AgoraClient.as(base, "sam");

        assertEquals(403, sam.postRaw(DRY_RUN, "text/csv", team.csv(true)).statusCode());
        assertEquals(403, sam.postRaw(APPLY, "text/csv", team.csv(true)).statusCode());
        assertTrue(AgoraClient.as(base, "priya").experts(team.tag).isEmpty());
    }

    @Test
    void aRowThatIsNoLongerActiveDeactivatesTheEmployee() {
        NewTeam team = new NewTeam();
        AgoraClient alex = AgoraClient.as(base, "alex");
        assertEquals(200, alex.postRaw(APPLY, "text/csv", team.csv(true)).statusCode());
        long chenId = alex.experts(team.tag).get(team.chen);

        HttpResponse<String> applied = alex.postRaw(APPLY, "text/csv", team.csv(false));

        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals(Map.of("created", 0, "updated", 0, "unchanged", 2, "deactivated", 1), counts(applied));
        assertTrue(AgoraClient.json(alex.get("api/v1/people/" + chenId)).getBoolean("former"));
        assertFalse(alex.experts(team.tag).containsKey(team.chen), "no longer listed as an expert");
    }

    /** Three people new to Agora: Ada reports to Bruno, who comes after her in the file; Bruno and Chen to Helena. */
    private static final class NewTeam {
        final String suffix = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        final String tag = "imported-" + suffix;
        final String adaNumber = "T" + suffix + "1";
        final String brunoNumber = "T" + suffix + "2";
        final String chenNumber = "T" + suffix + "3";
        final String ada = "Ada Lindqvist " + suffix;
        final String bruno = "Bruno Okafor " + suffix;
        final String chen = "Chen Wei " + suffix;

        /** The file; {@code chenActive} false says Chen has left. */
        String csv(boolean chenActive) {
            return HEADER
                    + row(adaNumber, ada, "ada." + suffix + "@agora.example", brunoNumber, true)
                    + row(brunoNumber, bruno, "bruno." + suffix + "@agora.example", "E00001", true)
                    + row(chenNumber, chen, "chen." + suffix + "@agora.example", "E00001", chenActive);
        }

        String row(String number, String name, String email, String manager, boolean active) {
            return String.join(",", number, name, email, "Engineer", "Platform", "Helsinki", "Finland", manager,
                    "2024-01-15", tag + ";java", "", String.valueOf(active)) + "\n";
        }

        List<String> names() {
            return List.of(ada, bruno, chen);
        }
    }

    private static List<String> missing(Map<String, Long> ids, List<String> names) {
        return names.stream().filter(name -> !ids.containsKey(name)).toList();
    }

    private static List<JsonObject> chain(AgoraClient client, long id) {
        return AgoraClient.json(client.get("api/v1/people/" + id)).getJsonArray("managerChain").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static Map<String, Integer> counts(HttpResponse<String> result) {
        JsonObject json = AgoraClient.json(result);
        return Map.of("created", json.getInt("created"), "updated", json.getInt("updated"),
                "unchanged", json.getInt("unchanged"), "deactivated", json.getInt("deactivated"));
    }
}
