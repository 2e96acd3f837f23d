package org.agora.groups;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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

/** An employee's membership of a group. */
@Entity
@Table(name = "group_membership")
public class GroupMembership {

    /** Owners manage the group; members take part. */
    public enum MemberRole { OWNER, MEMBER }

    @Embeddable
    public record Key(@Column(name = "group_id") Long groupId, @Column(name = "employee_id") Long employeeId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

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
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected GroupMembership() {
    }

    public GroupMembership(CommunityGroup group, Employee employee, MemberRole role) {
        this.key = new Key(group.getId(), employee.getId());
        this.group = group;
        this.employee = employee;
        this.role = role;
        this.joinedAt = Instant.now();
    }

    public CommunityGroup getGroup() {
        return group;
    }

    public MemberRole getRole() {
        return role;
    }

    void setRole(MemberRole role) {
        this.role = role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Employee getEmployee() {
        return employee;
    }

    public boolean isOwner() {
        return role == MemberRole.OWNER;
    }
}
