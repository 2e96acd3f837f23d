package org.agora.web.api.v1;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.moderation.ModerationCase;
import org.agora.moderation.ModerationDesk;
import org.agora.moderation.ModerationLogEntry;
import org.agora.moderation.Reports;
import org.agora.shared.InvalidInputException;

/**
 * Moderation: anyone {@code POST /api/v1/reports} ({@code {"postId", "commentId", "reason"}}); moderators read
 * {@code GET /api/v1/moderation/cases}, decide with {@code POST /api/v1/moderation/decisions}
 * ({@code {"postId", "commentId", "decision": "HIDE|DISMISS", "reason"}}) and read {@code GET /api/v1/moderation/log}.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Inject
    Reports reports;

    @Inject
    ModerationDesk desk;

    public record Report(Long postId, Long commentId, String reason) {
    }

    public record Decision(Long postId, Long commentId, String decision, String reason) {
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(Report report) {
        if (report == null || report.postId() == null) {
            throw new InvalidInputException("Send what you report and why, for example {\"postId\": 12, \"reason\": \"...\"}.");
        }
        reports.report(report.postId(), report.commentId(), report.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("moderation/cases")
    public List<ModerationCase> cases() {
        return desk.openCases();
    }

    @POST
    @Path("moderation/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(Decision decision) {
        if (decision == null || decision.postId() == null || decision.decision() == null) {
            throw new InvalidInputException("Send the content and the decision, for example "
                    + "{\"postId\": 12, \"decision\": \"HIDE\", \"reason\": \"Personal attack\"}.");
        }
        switch (decision.decision().strip().toUpperCase(Locale.ROOT)) {
            case "HIDE" -> desk.hide(decision.postId(), decision.commentId(), decision.reason());
            case "DISMISS" -> desk.dismiss(decision.postId(), decision.commentId());
            default -> throw new InvalidInputException("Unknown decision \"" + decision.decision() + "\": use HIDE or DISMISS.");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("moderation/log")
    public List<ModerationLogEntry> log(@QueryParam("limit") @DefaultValue("100") int limit) {
        return desk.log(limit);
    }
}
