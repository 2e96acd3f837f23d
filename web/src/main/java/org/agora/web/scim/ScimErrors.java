package org.agora.web.scim;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.agora.people.scim.ScimException;
import org.agora.people.scim.ScimSchemas;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;

/**
 * Maps every failure of the SCIM service to an RFC 7644 §3.12 error body, which identity providers show in their
 * provisioning logs; a client never sees a stack trace.
 */
public final class ScimErrors {

    private ScimErrors() {
    }

    /** {@code scimType} may be null. */
    static Response response(int status, String scimType, String detail) {
        return error(Response.status(status), status, scimType, detail);
    }

    private static Response error(Response.ResponseBuilder response, int status, String scimType, String detail) {
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.ERROR))
                .add("status", String.valueOf(status));
        if (scimType != null) {
            error.add("scimType", scimType);
        }
        return response.type(ScimSchemas.MEDIA_TYPE).entity(error.add("detail", detail).build()).build();
    }

    @Provider
    public static class Refused implements ExceptionMapper<ScimException> {
        @Override
        public Response toResponse(ScimException e) {
            return response(e.status(), e.scimType(), e.getMessage());
        }
    }

    /** The domain refused a value, such as a manager who already reports to the user. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return response(400, "invalidValue", e.getMessage());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return response(404, null, e.getMessage());
        }
    }

    @Provider
    public static class NotAllowed implements ExceptionMapper<NotAllowedException> {
        @Override
        public Response toResponse(NotAllowedException e) {
            return response(403, null, e.getMessage());
        }
    }

    /** The token's owner is no longer an administrator. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return response(403, null, "Provisioning needs a SCIM token of an administrator.");
        }
    }

    /** Errors the JAX-RS runtime raises itself: unknown path, wrong method, a media type other than JSON. */
    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            // keeps the runtime's headers, such as Allow on 405
            return error(Response.fromResponse(e.getResponse()), status, status == 400 ? "invalidSyntax" : null,
                    known == null ? "The request was refused." : known.getReasonPhrase() + ".");
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return response(400, "invalidSyntax", "The request body is not a JSON object.");
        }
    }

    /** A body that is not JSON, or not an object, as the JSON-P reader finds it. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return response(400, "invalidSyntax", "The request body is not a JSON object.");
        }
    }

    /** Anything else is our fault: logged with its stack trace, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected failure in the SCIM service", e);
            return response(500, null, "Something went wrong on our side. Nothing you sent was partly saved.");
        }
    }
}
