package org.agora.web.api.v1;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.agora.feed.MentionSuggestions;

/** {@code GET /api/v1/mentions?q=} : colleagues to mention as {@code @username}, for the composer's "@" list. */
@Path("v1/mentions")
@Produces(MediaType.APPLICATION_JSON)
public class MentionsResource {

    @Inject
    MentionSuggestions suggestions;

    @GET
    public List<MentionSuggestions.Mentionable> suggest(@QueryParam("q") String typed) {
        return suggestions.suggest(typed);
    }
}
