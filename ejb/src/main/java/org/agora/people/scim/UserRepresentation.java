package org.agora.people.scim;

import java.net.URI;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.agora.identity.Account;
import org.agora.people.Employee;

/** An employee and their account as a SCIM User with the enterprise extension (RFC 7643 §4.1, §4.3). */
final class UserRepresentation {

    /** The columns {@link #of(Object[], URI)} reads, for lists: entities would load each account's roles too. */
    static final String COLUMNS = "select e.id, a.username, e.employeeNumber, e.fullName, e.email, e.title, e.department, "
            + "m.id, m.fullName, a.enabled, a.createdAt from Account a join a.employee e left join e.manager m";

    private UserRepresentation() {
    }

    static JsonObject of(Account account, URI base) {
        Employee employee = account.getEmployee();
        Employee manager = employee.getManager();
        return of(employee.getId(), ScimUser.of(account), manager == null ? null : manager.getFullName(),
                account.getCreatedAt(), base);
    }

    static JsonObject of(Object[] row, URI base) {
        ScimUser user = new ScimUser((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], (Long) row[7], (Boolean) row[9]);
        return of((Long) row[0], user, (String) row[8], (Instant) row[10], base);
    }

    static URI location(URI base, long id) {
        return base.resolve("Users/" + id);
    }

    private static JsonObject of(long id, ScimUser user, String managerName, Instant created, URI base) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.USER).add(ScimSchemas.ENTERPRISE_USER))
                .add("id", String.valueOf(id))
                // Agora has no place of its own for externalId: it is the employee number (see UserDraft)
                .add("externalId", user.employeeNumber())
                .add("userName", user.userName())
                .add("name", Json.createObjectBuilder().add("formatted", user.fullName()))
                .add("displayName", user.fullName())
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("value", user.email()).add("type", "work").add("primary", true)));
        if (user.title() != null) {
            json.add("title", user.title());
        }
        json.add("active", user.active());
        JsonObjectBuilder enterprise = Json.createObjectBuilder().add("employeeNumber", user.employeeNumber());
        if (user.department() != null) {
            enterprise.add("department", user.department());
        }
        if (user.managerId() != null) {
            enterprise.add("manager", Json.createObjectBuilder()
                    .add("value", String.valueOf(user.managerId()))
                    .add("$ref", location(base, user.managerId()).toString())
                    .add("displayName", managerName));
        }
        return json.add(ScimSchemas.ENTERPRISE_USER, enterprise)
                .add("meta", Json.createObjectBuilder()
                        .add("resourceType", "User")
                        .add("created", created.toString())
                        .add("location", location(base, id).toString()))
                .build();
    }
}
