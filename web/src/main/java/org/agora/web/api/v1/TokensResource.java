package org.agora.web.api.v1;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.identity.AccessTokenView;
import org.agora.identity.AccessTokens;
import org.agora.identity.CreatedToken;
import org.agora.identity.TokenScope;
import org.agora.shared.InvalidInputException;

/**
 * The caller's personal access tokens: {@code GET /api/v1/tokens} lists them (never their secrets),
 * {@code POST /api/v1/tokens} with {@code {"name": "Dashboard", "scope": "READ", "days": 90}} makes one and answers
 * its secret, once; {@code DELETE /api/v1/tokens/{id}} revokes it. Tokens are managed with a password or a
 * session, never with another token.
 */
@Path("v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    AccessTokens tokens;

    public record TokenRequest(String name, String scope, Integer days) {

        TokenScope parsedScope() {
            if (scope == null || scope.isBlank()) {
                return null;
            }
            try {
                return TokenScope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown scope \"" + scope + "\": use one of " + List.of(TokenScope.values()) + ".");
            }
        }
    }

    @GET
    public List<AccessTokenView> mine() {
        return tokens.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest request) {
        if (request == null) {
            throw new InvalidInputException("Send the token's name, scope and days as JSON.");
        }
        CreatedToken created = tokens.create(request.name(), request.parsedScope(), request.days());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
