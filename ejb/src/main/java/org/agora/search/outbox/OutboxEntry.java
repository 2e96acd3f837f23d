package org.agora.search.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.agora.search.SearchIndex;

/** A document change waiting to reach Elasticsearch. */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {

    /** What to do with the document. */
    public enum Operation { INDEX, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_outbox_seq")
    @SequenceGenerator(name = "search_outbox_seq", sequenceName = "search_outbox_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "index_name", nullable = false, length = 40)
    private SearchIndex index;

    @Column(name = "document_id", nullable = false, length = 80)
    private String documentId;

    /** The entity's version: Elasticsearch keeps the highest, so a late retry never overwrites newer data. */
    @Column(name = "document_version", nullable = false)
    private long documentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Operation operation;

    @Column(length = 1000000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxEntry() {
    }

    OutboxEntry(SearchIndex index, String documentId, long documentVersion, Operation operation, String payload) {
        this.index = index;
        this.documentId = documentId;
        this.documentVersion = documentVersion;
        this.operation = operation;
        this.payload = payload;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        nextAttemptAt = now.plus(Backoff.afterFailures(attempts));
    }

    public Long getId() {
        return id;
    }

    public SearchIndex getIndex() {
        return index;
    }

    public String getDocumentId() {
        return documentId;
    }

    public long getDocumentVersion() {
        return documentVersion;
    }

    public Operation getOperation() {
        return operation;
    }

    public String getPayload() {
        return payload;
    }
}
