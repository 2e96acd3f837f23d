package org.agora.people;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A colleague vouches that an employee knows one of the topics they declared. */
@Entity
@Table(name = "endorsement")
public class Endorsement {

    @Embeddable
    public record Key(@Column(name = "endorser_id") Long endorserId, @Column(name = "employee_id") Long employeeId,
                      @Column(name = "tag") String tag) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "endorsed_at", nullable = false)
    private Instant endorsedAt;

    protected Endorsement() {
    }

    public Endorsement(long endorserId, long employeeId, String tag) {
        this.key = new Key(endorserId, employeeId, tag);
        this.endorsedAt = Instant.now();
    }
}
