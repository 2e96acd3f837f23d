package org.agora.liveqa.internal;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.agora.liveqa.Question;
import org.agora.liveqa.QuestionView;

/**
 * The JSON messages open session pages receive: {@code {"type":"queue","sessionId":1,"seq":7,"questions":[…]}},
 * each question as its audience may see it. Attendees get only {@code id}, {@code state} and {@code hidden: true}
 * for a question they may not read; nobody gets the asker of an anonymous question.
 */
final class QueueMessages {

    private QueueMessages() {
    }

    static String message(long sessionId, long seq, List<Question> questions, boolean moderators) {
        JsonArrayBuilder snapshots = Json.createArrayBuilder();
        questions.forEach(question -> snapshots.add(snapshot(question, moderators)));
        return Json.createObjectBuilder()
                .add("type", "queue")
                .add("sessionId", sessionId)
                .add("seq", seq)
                .add("questions", snapshots)
                .build().toString();
    }

    private static JsonObjectBuilder snapshot(Question q, boolean moderators) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", q.getId())
                .add("state", q.getState().name());
        if (!q.getState().isPublic() && !moderators) {
            return json.add("hidden", true);
        }
        json.add("hidden", false)
                .add("text", q.getText())
                .add("votes", q.getVotes())
                .add("anonymous", q.isAnonymous())
                .add("askerName", q.isAnonymous() ? QuestionView.ANONYMOUS : q.getAsker().getFullName())
                .add("askedAt", q.getAskedAt().toString());
        if (!q.isAnonymous()) {
            json.add("askerId", q.getAsker().getId());
        }
        if (q.getAnswerText() != null) {
            json.add("answerText", q.getAnswerText());
        }
        if (q.getAnsweredAt() != null) {
            json.add("answeredAt", q.getAnsweredAt().toString());
        }
        if (q.getMergedIntoId() != null) {
            json.add("mergedIntoId", q.getMergedIntoId());
        }
        return json;
    }
}
