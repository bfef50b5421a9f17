package org.tadreeb.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change that matters, kept for ever: who did what to which record, with the record before and after. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    static final int MAX_STATE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 80, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 60, updatable = false)
    private String entityType;

    @Column(name = "entity_id", length = 60, updatable = false)
    private String entityId;

    @Column(name = "before_state", length = MAX_STATE_LENGTH, updatable = false)
    private String beforeState;

    @Column(name = "after_state", length = MAX_STATE_LENGTH, updatable = false)
    private String afterState;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String actor, String action, String entityType, String entityId,
                String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = truncate(beforeState);
        this.afterState = truncate(afterState);
    }

    private static String truncate(String state) {
        return state == null || state.length() <= MAX_STATE_LENGTH ? state : state.substring(0, MAX_STATE_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
