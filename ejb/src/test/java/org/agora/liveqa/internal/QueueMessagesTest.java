package org.agora.liveqa.internal;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.liveqa.LiveSession;
import org.agora.liveqa.Question;
import org.agora.liveqa.SessionDraft;
import org.agora.people.Employee;
import org.agora.people.Location;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueMessagesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void anAnonymousQuestionsMessageNamesNobodyForAttendeesOrModerators() {
        Question question = question(false, true, 7);

        for (boolean moderators : List.of(false, true)) {
            String message = QueueMessages.message(3, 12, List.of(question), moderators);
            assertFalse(message.contains("Priya"), message);
            assertFalse(message.contains("askerId"), message);
            JsonObject snapshot = read(message).getJsonArray("questions").getJsonObject(0);
            assertEquals("Anonymous", snapshot.getString("askerName"));
            assertEquals("Is this final?", snapshot.getString("text"));
        }
    }

    @Test
    void aNamedQuestionsMessageNamesItsAsker() {
        JsonObject message = read(QueueMessages.message(3, 12, List.of(question(false, false, 7)), false));

        assertEquals(12, message.getInt("seq"));
        assertEquals(3, message.getInt("sessionId"));
        JsonObject snapshot = message.getJsonArray("questions").getJsonObject(0);
        assertEquals("Priya Raman", snapshot.getString("askerName"));
        assertEquals(41, snapshot.getInt("askerId"));
    }

    @Test
    void attendeesLearnNothingOfAQuestionWaitingForApprovalButModeratorsSeeIt() {
        Question pending = question(true, false, 7);

        JsonObject forAttendees = read(QueueMessages.message(3, 1, List.of(pending), false))
                .getJsonArray("questions").getJsonObject(0);
        JsonObject forModerators = read(QueueMessages.message(3, 1, List.of(pending), true))
                .getJsonArray("questions").getJsonObject(0);

        assertTrue(forAttendees.getBoolean("hidden"));
        assertFalse(forAttendees.containsKey("text"), forAttendees.toString());
        assertFalse(forAttendees.containsKey("askerName"), forAttendees.toString());
        assertFalse(forModerators.getBoolean("hidden"));
        assertEquals("PENDING", forModerators.getString("state"));
        assertEquals("Is this final?", forModerators.getString("text"));
    }

    private static Question question(boolean moderated, boolean anonymous, long id) {
        Employee host = employee("Helena Virtanen", 1);
        Employee asker = employee("Priya Raman", 41);
        LiveSession session = new LiveSession(host, new SessionDraft("AMA", null, NOW, NOW.plusSeconds(3600), null, null,
                moderated, true), NOW);
        set(session, "id", 3L);
        Question question = new Question(session, asker, anonymous, "Is this final?", NOW);
        set(question, "id", id);
        return question;
    }

    private static Employee employee(String name, long id) {
        Employee employee = new Employee("E-" + id, name, "e" + id + "@agora.example", "Title", "Department",
                new Location("London", "United Kingdom"), LocalDate.of(2020, 1, 1));
        set(employee, "id", id);
        return employee;
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field declared = target.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject read(String message) {
        try (var reader = Json.createReader(new StringReader(message))) {
            return reader.readObject();
        }
    }
}
