package org.agora.web.api.v1;

import java.io.InputStream;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.agora.people.Organisation;
import org.agora.people.OrganisationalRecord;
import org.agora.people.Profile;
import org.agora.people.ProfileDetails;
import org.agora.people.ProfileService;
import org.agora.search.PeopleQuery;
import org.agora.search.PeopleResults;
import org.agora.search.PeopleSearch;
import org.agora.shared.InvalidInputException;

/**
 * Colleagues: {@code GET /api/v1/people/{id}} is the profile ({@code /me} the caller's own, whose
 * expertise {@code PUT}/{@code DELETE me/expertise/{tag}} changes); {@code PUT}/{@code DELETE} on
 * {@code .../follow} and {@code .../expertise/{tag}/endorsement} follow and endorse as the caller.
 * Each change answers with the profile as it now stands.
 */
@Path("v1/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    ProfileService profiles;

    @Inject
    Organisation organisation;

    @Inject
    PeopleSearch peopleSearch;

    /**
     * The directory and "who knows X?": {@code GET /api/v1/people?q=kubernetes&location=Singapore&department=
     * &tag=&sort=relevance|name&page=0&size=20}. Without {@code q} it lists everyone by name.
     */
    @GET
    public PeopleResults search(@QueryParam("q") String text, @QueryParam("tag") String tag,
                                @QueryParam("location") String location, @QueryParam("department") String department,
                                @QueryParam("sort") String sort, @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > PeopleQuery.MAX_SIZE) {
            throw new InvalidInputException("page must be 0 or more and size between 1 and " + PeopleQuery.MAX_SIZE + ".");
        }
        PeopleResults results = peopleSearch.search(
                new PeopleQuery(text, tag, location, department, order(sort), page, size));
        if (!results.available()) {
            throw new SearchResource.SearchUnavailable();
        }
        return results;
    }

    private static PeopleQuery.Order order(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "name" -> PeopleQuery.Order.NAME;
            case "relevance" -> PeopleQuery.Order.RELEVANCE;
            default -> throw new InvalidInputException("sort is either name or relevance, not \"" + sort + "\".");
        };
    }

    @GET
    @Path("me")
    public Profile myProfile() {
        return profiles.myProfile();
    }

    /** What HR sends to change a manager; {@code managerId} null for the top of the company. */
    public record ManagerAssignment(Long managerId) {
    }

    @PUT
    @Path("{id: [0-9]+}/manager")
    @Consumes(MediaType.APPLICATION_JSON)
    public Profile assignManager(@PathParam("id") long id, ManagerAssignment assignment) {
        organisation.assignManager(id, assignment == null ? null : assignment.managerId());
        return profiles.profile(id);
    }

    /** HR's record of where the employee sits: title, department, city, country, managerId, hireDate. */
    @GET
    @Path("{id: [0-9]+}/organisation")
    public OrganisationalRecord organisationalRecord(@PathParam("id") long id) {
        return organisation.record(id);
    }

    @PUT
    @Path("{id: [0-9]+}/organisation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Profile updateOrganisationalRecord(@PathParam("id") long id, OrganisationalRecord record) {
        if (record == null) {
            throw new InvalidInputException("Send the record as JSON: title, department, city, country, managerId, hireDate.");
        }
        organisation.updateRecord(id, record);
        return profiles.profile(id);
    }

    @POST
    @Path("{id: [0-9]+}/reactivation")
    public Profile reactivate(@PathParam("id") long id) {
        organisation.reactivate(id);
        return profiles.profile(id);
    }

    @POST
    @Path("{id: [0-9]+}/deactivation")
    public Profile deactivate(@PathParam("id") long id) {
        organisation.deactivate(id);
        return profiles.profile(id);
    }

    @PUT
    @Path("me/photo")
    @Consumes({"image/jpeg", "image/png", "image/gif"})
    public Profile changeMyPhoto(InputStream picture) {
        return profiles.changeMyPhoto(picture);
    }

    @PUT
    @Path("me/details")
    @Consumes(MediaType.APPLICATION_JSON)
    public Profile describeMyself(ProfileDetails details) {
        return profiles.describeMyself(details);
    }

    @PUT
    @Path("me/expertise/{tag}")
    public Profile declareExpertise(@PathParam("tag") String tag) {
        return profiles.declareExpertise(tag);
    }

    @DELETE
    @Path("me/expertise/{tag}")
    public Profile withdrawExpertise(@PathParam("tag") String tag) {
        return profiles.withdrawExpertise(tag);
    }

    @GET
    @Path("{id: [0-9]+}")
    public Profile profile(@PathParam("id") long id) {
        return profiles.profile(id);
    }

    @PUT
    @Path("{id: [0-9]+}/follow")
    public Profile follow(@PathParam("id") long id) {
        profiles.follow(id);
        return profiles.profile(id);
    }

    @DELETE
    @Path("{id: [0-9]+}/follow")
    public Profile unfollow(@PathParam("id") long id) {
        profiles.unfollow(id);
        return profiles.profile(id);
    }

    @PUT
    @Path("{id: [0-9]+}/expertise/{tag}/endorsement")
    public Profile endorse(@PathParam("id") long id, @PathParam("tag") String tag) {
        profiles.endorse(id, tag);
        return profiles.profile(id);
    }

    @DELETE
    @Path("{id: [0-9]+}/expertise/{tag}/endorsement")
    public Profile withdrawEndorsement(@PathParam("id") long id, @PathParam("tag") String tag) {
        profiles.withdrawEndorsement(id, tag);
        return profiles.profile(id);
    }
}
