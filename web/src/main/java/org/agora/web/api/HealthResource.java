package org.agora.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.platform.HealthReport;
import org.agora.platform.SystemHealth;

/** {@code GET /api/health}: 200 when the database and Elasticsearch answer, 503 otherwise, with details. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    SystemHealth health;

    @GET
    public Response check() {
        HealthReport report = health.check();
        return Response.status("UP".equals(report.status()) ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report)
                .build();
    }
}
