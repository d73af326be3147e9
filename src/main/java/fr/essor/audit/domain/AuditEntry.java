package fr.essor.audit.domain;

import fr.essor.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change: immutable once written (no setters), so nothing in Essor can alter it. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends AbstractEntity {

    public enum Action { CREATE, UPDATE, DELETE }

    /** IMPORT: one entry for a whole CSV import (and one for its undo), never one per line. */
    public enum Subject { DEPLOYMENT, MEASUREMENT, EVENT, IMPORT }

    private Instant changedAt = Instant.EPOCH;
    private String username = "";
    @Enumerated(EnumType.STRING)
    private Action action = Action.UPDATE;
    @Enumerated(EnumType.STRING)
    private Subject subject = Subject.DEPLOYMENT;
    private long subjectId;
    private long deploymentId;
    @Column(name = "before_values")
    private @Nullable String before;
    @Column(name = "after_values")
    private @Nullable String after;

    protected AuditEntry() {
    }

    public AuditEntry(Instant changedAt, String username, Action action, Subject subject, long subjectId,
                      long deploymentId, @Nullable String before, @Nullable String after) {
        this.changedAt = changedAt;
        this.username = username;
        this.action = action;
        this.subject = subject;
        this.subjectId = subjectId;
        this.deploymentId = deploymentId;
        this.before = before;
        this.after = after;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getUsername() {
        return username;
    }

    public Action getAction() {
        return action;
    }

    public Subject getSubject() {
        return subject;
    }

    public long getDeploymentId() {
        return deploymentId;
    }

    public @Nullable String getBefore() {
        return before;
    }

    public @Nullable String getAfter() {
        return after;
    }
}
