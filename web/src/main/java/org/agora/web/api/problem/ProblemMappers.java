package org.agora.web.api.problem;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.agora.search.ReindexAlreadyRunning;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;
import org.agora.shared.TooLargeException;
import org.agora.video.UploadOutOfStep;
import org.agora.web.api.v1.SearchResource;

/** Maps every failure of the REST API to problem details; a client never sees a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<TooLargeException> {
        @Override
        public Response toResponse(TooLargeException e) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class NotAllowed implements ExceptionMapper<NotAllowedException> {
        @Override
        public Response toResponse(NotAllowedException e) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(Response.Status.FORBIDDEN, "You may not do this.");
        }
    }

    @Provider
    public static class ReindexRunning implements ExceptionMapper<ReindexAlreadyRunning> {
        @Override
        public Response toResponse(ReindexAlreadyRunning e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class SearchUnavailable implements ExceptionMapper<SearchResource.SearchUnavailable> {
        @Override
        public Response toResponse(SearchResource.SearchUnavailable e) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    /** A piece of an upload that does not continue it: the client resumes from the offset given. */
    @Provider
    public static class UploadOutOfStepMapper implements ExceptionMapper<UploadOutOfStep> {
        @Override
        public Response toResponse(UploadOutOfStep e) {
            return Response.fromResponse(Problem.response(Response.Status.CONFLICT, e.getMessage()))
                    .header("Upload-Offset", e.received()).build();
        }
    }

    /** Errors the JAX-RS runtime raises itself: unknown path, wrong method, unreadable JSON. */
    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            String detail = status == Response.Status.BAD_REQUEST
                    ? "The request could not be read; send JSON such as {\"body\": \"Hello\"}."
                    : status.getReasonPhrase();
            return Problem.response(status, detail);
        }
    }

    /** A request body that is not the JSON the resource reads. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "The request body could not be read; send JSON such as {\"body\": \"Hello\"}.");
        }
    }

    /** Anything else is our fault: logged with its stack trace, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected failure in the REST API", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Nothing you sent was partly saved.");
        }
    }
}
