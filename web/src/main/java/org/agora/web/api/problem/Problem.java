package org.agora.web.api.problem;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem details body; {@code type} is omitted, which the RFC reads as "about:blank". */
public record Problem(String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(status.getReasonPhrase(), status.getStatusCode(), detail))
                .build();
    }
}
