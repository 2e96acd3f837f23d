package org.agora.web.api.v1;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.agora.identity.AccountAdministration;
import org.agora.identity.AccountSummary;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;

/**
 * Administrators' view of accounts: {@code GET /api/v1/accounts?q=} finds them, {@code PUT /api/v1/accounts/{id}/roles}
 * with {@code ["HR", "MODERATOR"]} sets their roles (EMPLOYEE always stays), {@code POST /api/v1/accounts/{id}/unlock}
 * opens an account locked after wrong passwords.
 */
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    AccountAdministration administration;

    @GET
    public List<AccountSummary> find(@QueryParam("q") String query) {
        return administration.find(query);
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountSummary assignRoles(@PathParam("id") long id, List<String> roles) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (String role : roles == null ? List.<String>of() : roles) {
            try {
                granted.add(Role.valueOf(String.valueOf(role).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown role \"" + role + "\": use " + List.of(Role.values()) + ".");
            }
        }
        return administration.assignRoles(id, granted);
    }

    @POST
    @Path("{id}/unlock")
    public AccountSummary unlock(@PathParam("id") long id) {
        return administration.unlock(id);
    }
}
