package org.agora.web.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.agora.search.SuggestionResults;
import org.agora.search.Suggestions;

/**
 * {@code GET /api/v1/search/suggestions?q=mar}: colleagues, groups and topics starting with what was typed, for the
 * top bar; only what the caller may know of. 400 for a blank or over-long {@code q}, 503 while search is unavailable.
 */
@Path("v1/search/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionsResource {

    @Inject
    Suggestions suggestions;

    @GET
    public SuggestionResults suggest(@QueryParam("q") String prefix) {
        SuggestionResults results = suggestions.suggest(prefix);
        if (!results.available()) {
            throw new SearchResource.SearchUnavailable();
        }
        return results;
    }
}
