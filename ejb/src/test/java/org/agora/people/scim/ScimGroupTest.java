package org.agora.people.scim;

import java.util.List;

import org.agora.identity.Role;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScimGroupTest {

    @Test
    void everyRoleButEmployeeIsAGroup() {
        assertEquals(List.of(Role.EXECUTIVE, Role.HR, Role.MODERATOR, Role.ADMIN),
                ScimGroup.ofRoles().stream().map(ScimGroup::role).toList());
        assertEquals("Agora administrators", ScimGroup.ofRoles().get(3).displayName());
        assertEquals("role-admin", ScimGroup.ofRoles().get(3).id());
    }

    @Test
    void aDepartmentsIdIsItsNameInLettersAndDigits() {
        assertEquals(List.of("department-research-development", "department-vente-a-l-etranger"),
                ScimGroup.ofDepartments(List.of("Vente à l'étranger", "Research & Development")).stream()
                        .map(ScimGroup::id).toList());
    }

    @Test
    void departmentsWhoseNamesComeOutTheSameAreNumbered() {
        assertEquals(List.of("department-sales", "department-sales-2"),
                ScimGroup.ofDepartments(List.of("sales", "Sales", "Sales")).stream().map(ScimGroup::id).toList());
    }
}
