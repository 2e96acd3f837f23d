package org.agora.web.api.v1;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.agora.feed.FeedCursor;
import org.agora.recognition.BadgeDraft;
import org.agora.recognition.BadgeGivers;
import org.agora.recognition.BadgeIcon;
import org.agora.recognition.BadgeView;
import org.agora.recognition.Milestones;
import org.agora.recognition.ProgrammeDraft;
import org.agora.recognition.ProgrammeView;
import org.agora.recognition.RecognitionDraft;
import org.agora.recognition.RecognitionInsights;
import org.agora.recognition.RecognitionKind;
import org.agora.recognition.RecognitionPage;
import org.agora.recognition.RecognitionProgrammes;
import org.agora.recognition.RecognitionStatistics;
import org.agora.recognition.RecognitionView;
import org.agora.recognition.RecognitionVisibility;
import org.agora.recognition.Recognitions;
import org.agora.shared.InvalidInputException;

/**
 * Recognition.
 * <ul>
 * <li>{@code GET /api/v1/recognitions?department=&group=&cursor=&size=} is the recognition feed, newest first;
 * {@code POST} gives one: {@code {"recipientIds", "badgeId", "message", "visibility": "COMPANY"|"TEAM"}}.</li>
 * <li>{@code GET .../badges} lists the badges of running programmes, with whether the caller may give each
 * ({@code mayGive}) and what is left of its monthly allowance;
 * {@code GET .../received/{employeeId}} the badges someone received, with counts.</li>
 * <li>{@code PUT .../leaderboards {"leftOut": true}} keeps the caller out of HR's top givers and receivers.</li>
 * <li>HR only: {@code GET|POST .../programmes}, {@code PUT .../programmes/{id}},
 * {@code POST .../programmes/{id}/badges}, {@code PUT .../badges/{id}}, {@code PUT .../badges/{id}/picture}
 * (a JPEG, PNG or GIF, served to everyone at {@code /media/badges/{id}}); {@code GET .../statistics?from=&to=} and
 * {@code GET .../export?from=&to=} (CSV, recorded in the audit log); {@code GET .../milestones} (which kinds are on),
 * {@code PUT .../milestones/{kind} {"on"}}, and {@code POST .../milestones} to post the day's due milestones now.</li>
 * </ul>
 */
@Path("v1/recognitions")
@Produces(MediaType.APPLICATION_JSON)
public class RecognitionsResource {

    @Inject
    Recognitions recognitions;

    @Inject
    RecognitionProgrammes programmes;

    @Inject
    RecognitionInsights insights;

    @Inject
    Milestones milestones;

    public record Given(List<Long> recipientIds, Long badgeId, String message, String visibility) {
    }

    public record Page(List<RecognitionView> recognitions, String next) {
    }

    public record Programme(String name, String description, String startsOn, String endsOn) {
    }

    public record BadgeFields(String name, String icon, String description, String companyValue, String givers,
                              Integer monthlyAllowance) {
    }

    public record LeftOut(Boolean leftOut) {
    }

    public record Switch(Boolean on) {
    }

    public record Posted(int posted) {
    }

    @GET
    public Page feed(@QueryParam("department") String department, @QueryParam("group") Long groupId,
                     @QueryParam("cursor") String cursor, @QueryParam("size") @DefaultValue("20") int size) {
        FeedCursor after = cursor == null || cursor.isBlank() ? null : FeedCursor.parse(cursor);
        RecognitionPage page = recognitions.feed(department, groupId, after, size);
        return new Page(page.recognitions(), page.nextCursor() == null ? null : page.nextCursor().token());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response give(Given given) {
        if (given == null) {
            throw new InvalidInputException("Send the recognition as JSON: {\"recipientIds\", \"badgeId\", \"message\"}.");
        }
        RecognitionView view = recognitions.give(new RecognitionDraft(given.recipientIds(), given.badgeId(),
                given.message(), named(RecognitionVisibility.class, given.visibility(), RecognitionVisibility.COMPANY)));
        return Response.created(URI.create("posts/" + view.id())).entity(view).build();
    }

    @GET
    @Path("badges")
    public List<BadgeView> badges() {
        return recognitions.badges();
    }

    @GET
    @Path("received/{employeeId}")
    public Object received(@PathParam("employeeId") long employeeId) {
        return recognitions.badgesReceivedBy(employeeId);
    }

    @PUT
    @Path("leaderboards")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response leaderboards(LeftOut leftOut) {
        if (leftOut == null || leftOut.leftOut() == null) {
            throw new InvalidInputException("Send {\"leftOut\": true} or {\"leftOut\": false}.");
        }
        recognitions.leaveOutOfLeaderboards(leftOut.leftOut());
        return Response.noContent().build();
    }

    @GET
    @Path("programmes")
    public List<ProgrammeView> programmes() {
        return programmes.programmes();
    }

    @POST
    @Path("programmes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createProgramme(Programme programme) {
        ProgrammeView created = programmes.create(draft(programme));
        return Response.created(URI.create("recognitions/programmes/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("programmes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeView changeProgramme(@PathParam("id") long programmeId, Programme programme) {
        return programmes.change(programmeId, draft(programme));
    }

    @POST
    @Path("programmes/{id}/badges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addBadge(@PathParam("id") long programmeId, BadgeFields badge) {
        BadgeView added = programmes.addBadge(programmeId, draft(badge));
        return Response.created(URI.create("recognitions/badges/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("badges/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BadgeView changeBadge(@PathParam("id") long badgeId, BadgeFields badge) {
        return programmes.changeBadge(badgeId, draft(badge));
    }

    @PUT
    @Path("badges/{id}/picture")
    @Consumes({"image/jpeg", "image/png", "image/gif"})
    public BadgeView changeBadgePicture(@PathParam("id") long badgeId, InputStream picture) {
        return programmes.changeBadgePicture(badgeId, picture);
    }

    @GET
    @Path("statistics")
    public RecognitionStatistics statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return insights.statistics(day(from, "from"), day(to, "to"));
    }

    /** The file is written as the rows are read; the audit entry commits with the export's transaction. */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = day(from, "from");
        LocalDate last = day(to, "to");
        // fail before the response starts: a refusal should be a problem document, not half a file
        insights.statistics(first, last);
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            insights.exportCsv(first, last, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"recognitions-" + first + "-to-" + last + ".csv\"")
                .build();
    }

    @GET
    @Path("milestones")
    public Map<RecognitionKind, Boolean> milestoneSettings() {
        return milestones.settings();
    }

    @PUT
    @Path("milestones/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response switchMilestones(@PathParam("kind") String kind, Switch on) {
        if (on == null || on.on() == null) {
            throw new InvalidInputException("Send {\"on\": true} or {\"on\": false}.");
        }
        milestones.switchKind(named(RecognitionKind.class, kind, null), on.on());
        return Response.noContent().build();
    }

    @POST
    @Path("milestones")
    public Posted postMilestones() {
        return new Posted(milestones.postDue());
    }

    private static ProgrammeDraft draft(Programme programme) {
        if (programme == null) {
            throw new InvalidInputException("Send the programme as JSON: {\"name\", \"description\", \"startsOn\", \"endsOn\"}.");
        }
        return new ProgrammeDraft(programme.name(), programme.description(), day(programme.startsOn(), "startsOn"),
                programme.endsOn() == null || programme.endsOn().isBlank() ? null : day(programme.endsOn(), "endsOn"));
    }

    private static BadgeDraft draft(BadgeFields badge) {
        if (badge == null) {
            throw new InvalidInputException("Send the badge as JSON: {\"name\", \"icon\", \"companyValue\", \"givers\"}.");
        }
        return new BadgeDraft(badge.name(), named(BadgeIcon.class, badge.icon(), null), badge.description(),
                badge.companyValue(), named(BadgeGivers.class, badge.givers(), BadgeGivers.EVERYONE),
                badge.monthlyAllowance());
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("Give " + name + " as a date such as 2026-01-31.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + " \"" + value + "\" is not a date such as 2026-01-31.");
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, E otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                throw new InvalidInputException("Name the " + type.getSimpleName() + ": one of "
                        + List.of(type.getEnumConstants()) + ".");
            }
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown " + type.getSimpleName() + " \"" + value + "\": use one of "
                    + List.of(type.getEnumConstants()) + ".");
        }
    }
}
