package org.agora.web.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.search.KnowledgeSearch;
import org.agora.search.SearchFilters;
import org.agora.search.SearchResults;

/**
 * {@code GET /api/v1/search?q=...&page=0}, narrowed by {@code &type=POST|QUESTION|ANSWER|COMMENT&group=7&department=...
 * &author=...&tag=...&period=WEEK|MONTH|YEAR}: what the caller may read, with facets counted over that alone; 503 while
 * search is unavailable.
 */
@Path("v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    KnowledgeSearch search;

    @GET
    public Response search(@QueryParam("q") String query, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("type") String type, @QueryParam("group") Long groupId,
                           @QueryParam("department") String department, @QueryParam("author") String author,
                           @QueryParam("tag") String tag, @QueryParam("period") String period) {
        SearchResults results = search.search(query, SearchFilters.of(type, groupId, department, author, tag, period),
                page);
        if (!results.available()) {
            throw new SearchUnavailable();
        }
        return Response.ok(results).build();
    }

    /** Answered as 503 problem details by {@code ProblemMappers}. */
    public static class SearchUnavailable extends RuntimeException {
        public SearchUnavailable() {
            super("Search is unavailable right now; everything written is saved and becomes searchable when it is back.");
        }
    }
}
