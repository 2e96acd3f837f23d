package org.agora.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

import jakarta.json.bind.annotation.JsonbProperty;

/** An account as administrators see it on the roles page. */
public record AccountSummary(long id, String username, long employeeId, String fullName, String title,
                             Set<Role> roles, boolean enabled, Instant lockedUntil) implements Serializable {

    @JsonbProperty("locked")
    public boolean isLocked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
