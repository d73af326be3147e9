package fr.essor.exchange.service;

import fr.essor.rollout.GroupPolicy;
import fr.essor.rollout.Platform;
import fr.essor.rollout.EventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One deployment as Essor exports it and imports it back: its record, every measurement (per-country
 * rows included), every event, and its audit trail when the exporter may read it. Dates known to the
 * year or month stay so ("2012", "2012-06"); ids are this Essor's and are not reused by an import.
 */
public record DeploymentDocument(
        int format,
        @Nullable Instant exportedAt,
        @Nullable String exportedBy,
        Record deployment,
        List<MeasurementLine> measurements,
        List<EventLine> events,
        @Nullable List<AuditLine> audit) {

    /** Raised when the document's shape changes in a way an older import cannot read. */
    public static final int FORMAT = 1;

    public record Record(
            @Nullable Long id,
            String organisation,
            @Nullable Platform platform,
            @Nullable String platformName,
            @Nullable String launch,
            @Nullable Integer headcount,
            @Nullable Integer countriesPresent,
            @Nullable List<String> countries,
            @Nullable GroupPolicy groupPolicy,
            @Nullable Integer professionalGroupsPct,
            @Nullable Integer targetActivationPct,
            @Nullable LocalDate targetDate,
            @Nullable String notes,
            @Nullable String source,
            boolean referenceCase,
            boolean demo) {
    }

    public record MeasurementLine(
            @Nullable Long id,
            String date,
            @Nullable String countryCode,
            @Nullable Integer activeUsers,
            @Nullable Integer registeredUsers,
            @Nullable Integer countriesReached,
            @Nullable Integer professionalGroups,
            @Nullable Integer personalGroups,
            @Nullable String source,
            @Nullable String note) {
    }

    public record EventLine(@Nullable Long id, String date, @Nullable EventKind kind, String title, @Nullable String note) {
    }

    /** A change as the trail keeps it; fields keyed by their label's translation key. */
    public record AuditLine(Instant at, String user, String action, String subject,
                            Map<String, String> before, Map<String, String> after) {
    }

    /** Every deployment the exporter may read, in one file. */
    public record Collection(int format, @Nullable Instant exportedAt, @Nullable String exportedBy,
                             List<DeploymentDocument> deployments) {
    }
}
