package org.agora.identity;

import java.time.Instant;
import java.util.Set;

/** An account as administrators see it on the roles page. */
public record AccountSummary(long id, String username, long employeeId, String fullName, String title,
                             Set<Role> roles, boolean enabled, Instant lockedUntil) {

    public boolean isLocked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
