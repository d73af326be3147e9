package fr.essor.audit.service;

import fr.essor.audit.domain.AuditEntry;
import java.time.Instant;
import java.util.Map;

/**
 * One change as a page shows it: the fields keyed by their label's translation key, values as stored
 * (dates in ISO form), before and after; a creation has nothing before, a removal nothing after.
 */
public record AuditRecord(Instant changedAt, String username, AuditEntry.Action action, AuditEntry.Subject subject,
                          long deploymentId, Map<String, String> before, Map<String, String> after) {
}
