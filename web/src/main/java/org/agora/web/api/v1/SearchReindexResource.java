package org.agora.web.api.v1;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.search.ReindexProgress;
import org.agora.search.SearchIndex;
import org.agora.search.SearchReindex;

/**
 * For administrators: {@code POST /api/v1/admin/search/reindex?index=content} starts rebuilding an index without
 * downtime and answers 202 with its progress (409 while one is running); {@code GET} answers the progress of each.
 */
@Path("v1/admin/search/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class SearchReindexResource {

    @Inject
    SearchReindex reindex;

    /** A rebuild's progress; {@code state} is IDLE, RUNNING, DONE or FAILED, {@code failure} says why it failed. */
    public record Progress(String index, String state, String trigger, long documentsDone, long documentsTotal,
                           int percent, Instant startedAt, Instant finishedAt, String failure, String targetIndex) {

        static Progress of(ReindexProgress progress) {
            return new Progress(progress.index().key(), progress.state().name(),
                    progress.trigger() == null ? null : progress.trigger().name(), progress.documentsDone(),
                    progress.documentsTotal(), progress.percent(), progress.startedAt(), progress.finishedAt(),
                    progress.failure(), progress.targetIndex());
        }
    }

    /** An unknown index reaches the service as none, so that only administrators learn which names exist. */
    @POST
    public Response start(@QueryParam("index") String index) {
        ReindexProgress started = reindex.rebuild(SearchIndex.byKey(index).orElse(null));
        return Response.accepted(Progress.of(started)).build();
    }

    @GET
    public List<Progress> progress() {
        return reindex.progress().stream().map(Progress::of).toList();
    }
}
