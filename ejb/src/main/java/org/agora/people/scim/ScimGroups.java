package org.agora.people.scim;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.Account;
import org.agora.identity.AccountAdministration;
import org.agora.identity.Role;
import org.agora.people.scim.PatchOperation.Kind;

/**
 * Departments and roles as SCIM Groups. Department groups are read-only; a role group's members are changed by
 * PATCH or PUT, which grants or takes the role through {@link AccountAdministration}, so the audit log records it and
 * the last administrator keeps ADMIN.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class ScimGroups {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAdministration administration;

    /** Role groups first, then departments by name, optionally those whose displayName or id equals a value. */
    public JsonObject list(String filter, String startIndex, String count, boolean withMembers, URI base) {
        ScimPage page = ScimPage.of(startIndex, count);
        List<ScimGroup> groups = all().stream().filter(matching(filter)).toList();
        List<JsonObject> shown = page.of(groups).stream().map(group -> representation(group, withMembers, base)).toList();
        return page.listResponse(groups.size(), shown);
    }

    public JsonObject get(String id, boolean withMembers, URI base) {
        return representation(group(id), withMembers, base);
    }

    /** Adds, removes or replaces a role group's members (RFC 7644 §3.5.2), all operations or none. */
    public JsonObject patch(String id, JsonObject request, boolean withMembers, URI base) {
        ScimGroup group = roleGroup(id);
        Set<Long> members = new LinkedHashSet<>(memberIds(group));
        for (PatchOperation operation : PatchOperation.of(request)) {
            if (operation.path() == null) {
                if (operation.kind() == Kind.REMOVE) {
                    throw ScimException.noTarget("A remove operation needs a path, such as members[value eq \"42\"].");
                }
                for (Map.Entry<String, JsonValue> attribute : operation.attributes().entrySet()) {
                    switch (AttributePath.lowerCase(attribute.getKey())) {
                        case "members" -> changeMembers(operation.kind(), null, attribute.getValue(), members);
                        case "displayname" -> keepName(group, attribute.getValue());
                        default -> {
                            // id, externalId, schemas: nothing of Agora's
                        }
                    }
                }
            } else {
                AttributePath path = AttributePath.parse(operation.path());
                if (path.schema() == AttributePath.Schema.CORE && path.attribute().equals("members")) {
                    changeMembers(operation.kind(), path.valueFilter(), operation.value(), members);
                } else if (path.isSimple("displayname")) {
                    if (operation.kind() == Kind.REMOVE) {
                        throw ScimException.mutability(group.displayName() + " keeps its name.");
                    }
                    keepName(group, operation.value());
                }
            }
        }
        grantExactly(group, members);
        return representation(group, withMembers, base);
    }

    /** Replaces a role group (RFC 7644 §3.5.1): its members become exactly those listed, nobody if none are. */
    public JsonObject replace(String id, JsonObject replacement, boolean withMembers, URI base) {
        ScimGroup group = roleGroup(id);
        Set<Long> members = new LinkedHashSet<>();
        for (Map.Entry<String, JsonValue> attribute : replacement.entrySet()) {
            switch (AttributePath.lowerCase(attribute.getKey())) {
                case "members" -> members.addAll(memberIds(attribute.getValue()));
                case "displayname" -> keepName(group, attribute.getValue());
                default -> {
                    // id, externalId, schemas, meta: nothing of Agora's
                }
            }
        }
        grantExactly(group, members);
        return representation(group, withMembers, base);
    }

    private List<ScimGroup> all() {
        List<ScimGroup> groups = new ArrayList<>(ScimGroup.ofRoles());
        groups.addAll(ScimGroup.ofDepartments(em.createQuery(
                "select distinct e.department from Employee e where e.department is not null", String.class)
                .getResultList()));
        return groups;
    }

    private ScimGroup group(String id) {
        List<ScimGroup> groups = ScimGroup.isRoleId(id) ? ScimGroup.ofRoles() : all();
        return groups.stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> ScimException.notFound("There is no group " + id + "."));
    }

    private ScimGroup roleGroup(String id) {
        ScimGroup group = group(id);
        if (!group.isRole()) {
            throw ScimException.mutability(group.displayName() + " lists the employees of that department; change a "
                    + "user's department instead.");
        }
        return group;
    }

    private static Predicate<ScimGroup> matching(String filter) {
        if (filter == null || filter.isBlank()) {
            return group -> true;
        }
        ScimFilter parsed = ScimFilter.parse(filter);
        String value = parsed.text();
        if (value != null && parsed.attribute().isSimple("displayname")) {
            return group -> group.displayName().equalsIgnoreCase(value);
        }
        if (value != null && parsed.attribute().isSimple("id")) {
            return group -> group.id().equals(value);
        }
        throw ScimException.invalidFilter("Agora finds groups by displayName or id, compared with eq to a string, such "
                + "as displayName eq \"Agora HR\".");
    }

    private void changeMembers(Kind kind, ScimFilter valueFilter, JsonValue value, Set<Long> members) {
        switch (kind) {
            case ADD -> members.addAll(memberIds(value));
            case REPLACE -> {
                if (valueFilter == null) {
                    members.clear();
                } else {
                    members.removeAll(picked(valueFilter));
                }
                members.addAll(memberIds(value));
            }
            case REMOVE -> {
                if (valueFilter != null) {
                    members.removeAll(picked(valueFilter));
                } else if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                    // Entra ID names the members to remove in the value rather than in the path
                    members.removeAll(memberIds(value));
                } else {
                    members.clear();
                }
            }
        }
    }

    /** The members a filter such as {@code value eq "42"} picks. */
    private static Set<Long> picked(ScimFilter valueFilter) {
        if (!valueFilter.attribute().isSimple("value") || valueFilter.text() == null) {
            throw ScimException.invalidFilter("Members are picked by their id, as in members[value eq \"42\"].");
        }
        try {
            return Set.of(Long.valueOf(valueFilter.text()));
        } catch (NumberFormatException e) {
            return Set.of();
        }
    }

    /** The ids in {@code [{"value": "42"}, …]}; a single object counts as a list of one. */
    private static List<Long> memberIds(JsonValue members) {
        if (members == null || members.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        List<JsonValue> items = members.getValueType() == JsonValue.ValueType.ARRAY
                ? members.asJsonArray() : List.of(members);
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : items) {
            JsonValue value = item.getValueType() == JsonValue.ValueType.OBJECT
                    ? PatchOperation.member(item.asJsonObject(), "value") : null;
            String id = value instanceof JsonString text ? text.getString().strip()
                    : value instanceof JsonNumber number ? number.toString() : null;
            try {
                ids.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                throw ScimException.invalidValue("Members are listed by their user id, as in [{\"value\": \"42\"}], not "
                        + item + ".");
            }
        }
        return ids;
    }

    private static void keepName(ScimGroup group, JsonValue name) {
        if (!(name instanceof JsonString text) || !text.getString().strip().equalsIgnoreCase(group.displayName())) {
            throw ScimException.mutability("Agora names its role groups itself; " + group.id() + " stays \""
                    + group.displayName() + "\".");
        }
    }

    /**
     * Grants the group's role to exactly {@code members}. Grants come before withdrawals, so a PUT that hands ADMIN
     * from one person to another never finds Agora without an administrator in between.
     */
    private void grantExactly(ScimGroup group, Set<Long> members) {
        Set<Long> holders = new HashSet<>(memberIds(group));
        Set<Long> involved = new HashSet<>(holders);
        involved.addAll(members);
        Map<Long, Account> accounts = involved.isEmpty() ? Map.of() : em.createQuery(
                        "select a from Account a join fetch a.employee where a.employee.id in :ids", Account.class)
                .setParameter("ids", involved)
                .getResultStream()
                .collect(Collectors.toMap(account -> account.getEmployee().getId(), Function.identity()));
        for (Long member : members) {
            if (!accounts.containsKey(member)) {
                throw ScimException.invalidValue("There is no user " + member + " to add to " + group.displayName() + ".");
            }
            if (!holders.contains(member)) {
                assign(accounts.get(member), group.role(), true);
            }
        }
        for (Long holder : holders) {
            if (!members.contains(holder)) {
                assign(accounts.get(holder), group.role(), false);
            }
        }
    }

    private void assign(Account account, Role role, boolean holds) {
        Set<Role> roles = account.getRoles();
        if (holds) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
        administration.assignRoles(account.getId(), roles);
    }

    private List<Long> memberIds(ScimGroup group) {
        return members(group).stream().map(member -> (Long) member[0]).toList();
    }

    /** Each member's employee id and full name, in the order of their ids. */
    private List<Object[]> members(ScimGroup group) {
        if (group.isRole()) {
            return em.createQuery("""
                            select e.id, e.fullName from Account a join a.employee e join a.roles r
                            where r = :role order by e.id""", Object[].class)
                    .setParameter("role", group.role())
                    .getResultList();
        }
        return em.createQuery("""
                        select e.id, e.fullName from Employee e
                        where e.department = :department and e.active = true order by e.id""", Object[].class)
                .setParameter("department", group.department())
                .getResultList();
    }

    private JsonObject representation(ScimGroup group, boolean withMembers, URI base) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.GROUP))
                .add("id", group.id())
                .add("displayName", group.displayName());
        if (withMembers) {
            JsonArrayBuilder members = Json.createArrayBuilder();
            for (Object[] member : members(group)) {
                long id = (Long) member[0];
                members.add(Json.createObjectBuilder()
                        .add("value", String.valueOf(id))
                        .add("display", (String) member[1])
                        .add("type", "User")
                        .add("$ref", UserRepresentation.location(base, id).toString()));
            }
            json.add("members", members);
        }
        return json.add("meta", Json.createObjectBuilder()
                        .add("resourceType", "Group")
                        .add("location", base.resolve("Groups/" + group.id()).toString()))
                .build();
    }
}
