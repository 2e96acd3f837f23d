package org.agora.recognition;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone recognised, with the department they were in, so that feeds and statistics need no history. */
@Embeddable
public record Recipient(@Column(name = "employee_id") Long employeeId, @Column(name = "department") String department,
                        @Column(name = "created_at") Instant createdAt) {
}
