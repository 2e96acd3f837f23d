package org.agora.people.scim;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.agora.identity.Role;

/**
 * A group as SCIM shows it: one per role beyond EMPLOYEE, whose members hold the role, and one per department,
 * whose members are the department's current employees and which follows their records, so it cannot be changed.
 *
 * @param role       null for a department
 * @param department null for a role
 */
record ScimGroup(String id, String displayName, Role role, String department) {

    private static final String ROLE_PREFIX = "role-";
    private static final String DEPARTMENT_PREFIX = "department-";

    static List<ScimGroup> ofRoles() {
        List<ScimGroup> groups = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role != Role.EMPLOYEE) {
                groups.add(new ScimGroup(ROLE_PREFIX + role.name().toLowerCase(Locale.ROOT), displayName(role), role, null));
            }
        }
        return groups;
    }

    /**
     * One group per department, in the order of their names; the id is the name in lower-case letters and digits,
     * with a number after it when two names come out the same.
     */
    static List<ScimGroup> ofDepartments(Collection<String> departments) {
        List<String> names = departments.stream().distinct().sorted().toList();
        Set<String> ids = new HashSet<>();
        List<ScimGroup> groups = new ArrayList<>();
        for (String name : names) {
            String slug = DEPARTMENT_PREFIX + slug(name);
            String id = slug;
            for (int n = 2; !ids.add(id); n++) {
                id = slug + "-" + n;
            }
            groups.add(new ScimGroup(id, name, null, name));
        }
        return groups;
    }

    static boolean isRoleId(String id) {
        return id.startsWith(ROLE_PREFIX);
    }

    boolean isRole() {
        return role != null;
    }

    static String slug(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    private static String displayName(Role role) {
        return switch (role) {
            case EXECUTIVE -> "Agora executives";
            case HR -> "Agora HR";
            case MODERATOR -> "Agora moderators";
            case ADMIN -> "Agora administrators";
            case EMPLOYEE -> throw new IllegalArgumentException("Every employee holds EMPLOYEE; it is no group.");
        };
    }
}
