package org.agora.web.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.agora.people.Profile;
import org.agora.people.ProfileService;

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

    @GET
    @Path("me")
    public Profile myProfile() {
        return profiles.myProfile();
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
