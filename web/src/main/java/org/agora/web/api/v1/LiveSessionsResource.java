package org.agora.web.api.v1;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.liveqa.LiveQa;
import org.agora.liveqa.QuestionView;
import org.agora.liveqa.SessionDraft;
import org.agora.liveqa.SessionQueue;
import org.agora.liveqa.SessionStatus;
import org.agora.liveqa.SessionView;
import org.agora.shared.InvalidInputException;

/**
 * Live Q&A sessions: {@code GET /api/v1/live-sessions?status=upcoming|live|finished} (or {@code ?host=} an
 * executive's sessions), {@code POST} schedules one (executives), {@code GET .../{id}} is a session with its queue,
 * {@code POST .../{id}/questions} asks. A question's {@code .../questions/{id}/votes} upvotes it once; moderators
 * {@code .../approval}, {@code .../merge} ({@code {"into": 12}}) and {@code .../dismissal}; the host
 * {@code .../answering} and {@code .../answer} ({@code {"text": "..."}}, optional). The asker of an anonymous question
 * appears nowhere in the answers.
 */
@Path("v1/live-sessions")
@Produces(MediaType.APPLICATION_JSON)
public class LiveSessionsResource {

    /** A session to schedule; {@code startsAt} and {@code endsAt} are ISO-8601 instants. */
    public record NewSession(String title, String description, String startsAt, String endsAt, Long videoId,
                             String streamUrl, Boolean moderated, Boolean anonymousAllowed) {

        SessionDraft draft() {
            return new SessionDraft(title, description, instant("startsAt", startsAt), instant("endsAt", endsAt), videoId,
                    streamUrl, Boolean.TRUE.equals(moderated), Boolean.TRUE.equals(anonymousAllowed));
        }

        private static Instant instant(String field, String value) {
            try {
                return value == null || value.isBlank() ? null : Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field + " must be an instant such as 2026-12-01T17:00:00Z.");
            }
        }
    }

    /** A question: {@code {"text": "...", "anonymous": true}}. */
    public record NewQuestion(String text, Boolean anonymous) {
    }

    /** The question a duplicate merges into: {@code {"into": 12}}. */
    public record Merge(Long into) {
    }

    /** The host's written answer, optional: {@code {"text": "..."}}. */
    public record Answer(String text) {
    }

    @Inject
    LiveQa liveQa;

    @GET
    public List<SessionView> sessions(@QueryParam("status") String status, @QueryParam("host") Long hostId,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        if (hostId != null) {
            return liveQa.hostedBy(hostId);
        }
        return liveQa.sessions(status(status), size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(NewSession session) {
        if (session == null) {
            throw new InvalidInputException("Send the session as JSON, for example {\"title\": \"Ask me anything\","
                    + " \"startsAt\": \"2026-12-01T17:00:00Z\", \"endsAt\": \"2026-12-01T18:00:00Z\"}.");
        }
        SessionView scheduled = liveQa.schedule(session.draft());
        return Response.created(URI.create("v1/live-sessions/" + scheduled.id())).entity(scheduled).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public SessionQueue session(@PathParam("id") long id) {
        return liveQa.session(id);
    }

    @POST
    @Path("{id: [0-9]+}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("id") long id, NewQuestion question) {
        if (question == null) {
            throw new InvalidInputException("Send the question as JSON, for example {\"text\": \"What comes next?\"}.");
        }
        QuestionView asked = liveQa.ask(id, question.text(), Boolean.TRUE.equals(question.anonymous()));
        return Response.created(URI.create("v1/live-sessions/" + id)).entity(asked).build();
    }

    @POST
    @Path("questions/{id: [0-9]+}/votes")
    public QuestionView upvote(@PathParam("id") long questionId) {
        return liveQa.upvote(questionId);
    }

    @POST
    @Path("questions/{id: [0-9]+}/approval")
    public QuestionView approve(@PathParam("id") long questionId) {
        return liveQa.approve(questionId);
    }

    @POST
    @Path("questions/{id: [0-9]+}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionView merge(@PathParam("id") long questionId, Merge merge) {
        if (merge == null || merge.into() == null) {
            throw new InvalidInputException("Send the question to merge into, for example {\"into\": 12}.");
        }
        return liveQa.merge(questionId, merge.into());
    }

    @POST
    @Path("questions/{id: [0-9]+}/dismissal")
    public QuestionView dismiss(@PathParam("id") long questionId) {
        return liveQa.dismiss(questionId);
    }

    @POST
    @Path("questions/{id: [0-9]+}/answering")
    public QuestionView answering(@PathParam("id") long questionId) {
        return liveQa.answering(questionId);
    }

    @POST
    @Path("questions/{id: [0-9]+}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionView answered(@PathParam("id") long questionId, Answer answer) {
        return liveQa.answered(questionId, answer == null ? null : answer.text());
    }

    private static SessionStatus status(String status) {
        try {
            return status == null || status.isBlank() ? SessionStatus.LIVE
                    : SessionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown status \"" + status + "\": use upcoming, live or finished.");
        }
    }
}
