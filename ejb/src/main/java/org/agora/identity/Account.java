package org.agora.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.agora.people.Employee;

/**
 * An employee's way in: a username, a bcrypt hash in modular crypt format, roles, and the count of wrong
 * passwords that locks it for a while.
 * WildFly's login realm reads the same columns (see config/src/main/wildfly/cli/agora.cli).
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    private boolean enabled = true;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false, unique = true)
    private Employee employee;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, Employee employee, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.employee = employee;
        this.roles = EnumSet.copyOf(roles);
        this.roles.add(Role.EMPLOYEE);
        this.createdAt = Instant.now();
    }

    /** Replaces the roles with {@code granted} (every account keeps EMPLOYEE); true if they changed. */
    public boolean grant(Set<Role> granted) {
        EnumSet<Role> next = EnumSet.of(Role.EMPLOYEE);
        next.addAll(granted);
        if (next.equals(roles)) {
            return false;
        }
        roles.clear();
        roles.addAll(next);
        return true;
    }

    /**
     * Takes the name the company's identity provider now gives the employee; the caller checks that it is free.
     * Tokens keep working, since they belong to the account, not to its name.
     */
    public void rename(String username) {
        this.username = username;
    }

    /** Counts a wrong password; the one that reaches {@code maxFailures} locks the account until {@code lockedUntil}. */
    boolean failedSignIn(int maxFailures, Instant lockUntil) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            failedSignIns = 0;
            lockedUntil = lockUntil;
            return true;
        }
        return false;
    }

    boolean hasFailedSignIns() {
        return failedSignIns > 0;
    }

    void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void unlock() {
        signedIn();
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }
}
