package org.agora.web.api.v1;

import java.util.List;

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

import org.agora.people.ExpertPerson;
import org.agora.people.ExpertiseVocabulary;
import org.agora.people.PeopleDirectory;
import org.agora.people.TagUsage;
import org.agora.shared.InvalidInputException;

/**
 * Topics: {@code GET /api/v1/expertise?prefix=ku} suggests existing tags, {@code GET .../{tag}/people?limit=50} lists
 * who declared one, the most endorsed first (at most 200), {@code POST .../merges} (administrators) merges an alias into its canonical tag.
 */
@Path("v1/expertise")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertiseResource {

    /** An administrator's request: from now on {@code alias} means {@code into}. */
    public record Merge(String alias, String into) {
    }

    /** What a merge did. */
    public record Merged(String alias, String into, int employeesMoved) {
    }

    @Inject
    ExpertiseVocabulary vocabulary;

    @Inject
    PeopleDirectory directory;

    @GET
    public List<TagUsage> suggest(@QueryParam("prefix") @DefaultValue("") String prefix,
                                  @QueryParam("limit") @DefaultValue("10") int limit) {
        return vocabulary.suggest(prefix, limit);
    }

    @GET
    @Path("{tag}/people")
    public List<ExpertPerson> people(@PathParam("tag") String tag,
                                     @QueryParam("limit") @DefaultValue("50") int limit) {
        return directory.withExpertise(vocabulary.resolve(tag), limit);
    }

    @POST
    @Path("merges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Merged merge(Merge merge) {
        if (merge == null || merge.alias() == null || merge.into() == null) {
            throw new InvalidInputException("Send {\"alias\": \"k8s\", \"into\": \"kubernetes\"}.");
        }
        int moved = vocabulary.merge(merge.alias(), merge.into());
        return new Merged(vocabulary.resolve(merge.alias()), vocabulary.resolve(merge.into()), moved);
    }
}
