package org.agora.web.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.agora.notifications.DailyDigests;

/**
 * For operators: {@code POST /api/v1/admin/digests} sends every e-mail digest that is due now, without waiting for
 * the daily run, and answers how many left ({@code {"sent": 12}}). Administrators only.
 */
@Path("v1/admin/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestsResource {

    @Inject
    DailyDigests digests;

    public record DigestRun(int sent) {
    }

    @POST
    public DigestRun sendNow() {
        return new DigestRun(digests.sendNow());
    }
}
