package org.agora.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import org.agora.people.Employee;

/**
 * A membership waiting for its other half: an employee asked to join (the owners decide), or an owner invited
 * a colleague (the colleague decides). At most one per employee and group.
 */
@Entity
@Table(name = "group_join_request")
public class JoinRequest {

    public enum Kind {
        /** The employee asked; an owner approves or declines. */
        REQUEST,
        /** An owner invited the employee, who accepts or declines. */
        INVITATION
    }

    @EmbeddedId
    private GroupMembership.Key key;

    @MapsId("groupId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private CommunityGroup group;

    @MapsId("employeeId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by_id")
    private Employee invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected JoinRequest() {
    }

    private JoinRequest(CommunityGroup group, Employee employee, Kind kind, Employee invitedBy) {
        this.key = new GroupMembership.Key(group.getId(), employee.getId());
        this.group = group;
        this.employee = employee;
        this.kind = kind;
        this.invitedBy = invitedBy;
        this.createdAt = Instant.now();
    }

    static JoinRequest askedBy(CommunityGroup group, Employee employee) {
        return new JoinRequest(group, employee, Kind.REQUEST, null);
    }

    static JoinRequest invitation(CommunityGroup group, Employee invitee, Employee owner) {
        return new JoinRequest(group, invitee, Kind.INVITATION, owner);
    }

    public Kind getKind() {
        return kind;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Employee getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
