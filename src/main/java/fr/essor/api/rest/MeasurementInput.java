package fr.essor.api.rest;

import fr.essor.base.domain.IsoPartialDate;
import fr.essor.base.domain.Violation;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.MeasurementDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A measurement as a script pushes it; every rule is then checked by the intake, as for the other ways in. */
@Schema(description = "A measurement: a date and at least one figure")
record MeasurementInput(
        @Schema(description = "As precise as known: 2025, 2025-06 or 2025-06-15", example = "2025-06-15") @Nullable String date,
        @Schema(description = "Whole network when empty, else an ISO country code", example = "FR") @Nullable String countryCode,
        @Nullable Integer activeUsers,
        @Nullable Integer registeredUsers,
        @Nullable Integer countriesReached,
        @Nullable Integer professionalGroups,
        @Nullable Integer personalGroups,
        @Nullable String source,
        @Nullable String note) {

    /** The draft the intake checks; an unreadable date is reported under the field's name. */
    MeasurementDraft toDraft(String field, List<Violation> unreadable) {
        PartialDate parsed = null;
        if (date != null && !date.isBlank()) {
            parsed = IsoPartialDate.parse(date).orElse(null);
            if (parsed == null) {
                unreadable.add(Violation.of(field + "date", "api.date.invalid"));
            }
        }
        return new MeasurementDraft(parsed, countryCode, activeUsers, registeredUsers, countriesReached,
                professionalGroups, personalGroups, source, note);
    }
}
