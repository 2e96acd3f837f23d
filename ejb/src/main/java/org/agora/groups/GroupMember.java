package org.agora.groups;

import java.time.Instant;

import org.agora.people.Employee;

/** Someone in a group, or waiting to be: as the members list shows them. */
public record GroupMember(long employeeId, String fullName, String initials, Long photoVersion, String title,
                          GroupMembership.MemberRole role, JoinRequest.Kind pending, Instant since) {

    static GroupMember of(GroupMembership membership) {
        Employee employee = membership.getEmployee();
        return new GroupMember(employee.getId(), employee.getFullName(), employee.initials(),
                employee.getPhotoVersion(), employee.getTitle(), membership.getRole(), null, membership.getJoinedAt());
    }

    static GroupMember of(JoinRequest request) {
        Employee employee = request.getEmployee();
        return new GroupMember(employee.getId(), employee.getFullName(), employee.initials(),
                employee.getPhotoVersion(), employee.getTitle(), null, request.getKind(), request.getCreatedAt());
    }

    public boolean owner() {
        return role == GroupMembership.MemberRole.OWNER;
    }
}
