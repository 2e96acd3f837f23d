package org.agora.liveqa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.agora.liveqa.QuestionState;
import org.agora.liveqa.QuestionView;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueueOrderTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theQuestionAnsweredNowLeadsThenOpenQuestionsByVotesThenByAgeThenTheAnswered() {
        List<QuestionView> queue = new ArrayList<>(List.of(
                question(1, QuestionState.ANSWERED, 50, 0, 10),
                question(2, QuestionState.OPEN, 3, 5, null),
                question(3, QuestionState.OPEN, 9, 9, null),
                question(4, QuestionState.ANSWERING, 1, 1, null),
                question(5, QuestionState.OPEN, 3, 2, null),
                question(6, QuestionState.ANSWERED, 2, 1, 20),
                question(7, QuestionState.DISMISSED, 99, 0, null),
                question(8, QuestionState.PENDING, 0, 30, null)));

        queue.sort(DefaultLiveQa.QUEUE_ORDER);

        assertEquals(List.of(4L, 8L, 3L, 5L, 2L, 6L, 1L, 7L), queue.stream().map(QuestionView::id).toList());
    }

    private static QuestionView question(long id, QuestionState state, int votes, int askedMinute, Integer answeredMinute) {
        return new QuestionView(id, 1, "q" + id, state, votes, false, 9L, "Someone", T.plusSeconds(60L * askedMinute),
                null, answeredMinute == null ? null : T.plusSeconds(3600 + 60L * answeredMinute), null, false, false);
    }
}
