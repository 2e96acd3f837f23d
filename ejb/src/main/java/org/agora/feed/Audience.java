package org.agora.feed;

import java.util.HashSet;
import java.util.Set;

/**
 * The names of who may read something, shared by the database and the search index: everyone, the members of a
 * group, one employee, or the people of a department.
 */
public final class Audience {

    public static final String EVERYONE = "everyone";

    private Audience() {
    }

    public static String groupMembers(long groupId) {
        return "group-" + groupId;
    }

    public static String employee(long employeeId) {
        return "employee-" + employeeId;
    }

    public static String department(String department) {
        return "department-" + department;
    }

    /** The audiences an employee belongs to by who they are, apart from their groups. */
    public static Set<String> of(long employeeId, String department) {
        Set<String> audiences = new HashSet<>();
        audiences.add(employee(employeeId));
        if (department != null && !department.isBlank()) {
            audiences.add(department(department));
        }
        return audiences;
    }
}
