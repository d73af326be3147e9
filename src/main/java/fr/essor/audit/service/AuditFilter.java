package fr.essor.audit.service;

import fr.essor.audit.domain.AuditEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which part of the whole trail an admin looks at: one person's changes, between two days inclusive as
 * the admin's calendar has them (a change at 23:30 in Paris belongs to that Paris day, not to UTC's next).
 */
public record AuditFilter(@Nullable String username, @Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone) {

    Specification<AuditEntry> asSpecification() {
        Specification<AuditEntry> all = Specification.unrestricted();
        if (username != null && !username.isBlank()) {
            all = all.and((entry, query, where) -> where.equal(entry.get("username"), username));
        }
        if (from != null) {
            all = all.and((entry, query, where) -> where.greaterThanOrEqualTo(entry.get("changedAt"),
                    from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            all = all.and((entry, query, where) -> where.lessThan(entry.get("changedAt"),
                    to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return all;
    }
}
