package fr.essor.api.rest;

import fr.essor.base.domain.CountryCodes;
import fr.essor.base.domain.IsoPartialDate;
import fr.essor.base.domain.Violation;
import fr.essor.rollout.Measurement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A measurement as a script pushes it; every rule is then checked by the service, as for the form. */
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

    /** The measurement to save; an unreadable date is reported under the field's name. */
    Measurement toMeasurement(String field, List<Violation> unreadable) {
        Measurement measurement = new Measurement();
        if (date != null && !date.isBlank()) {
            IsoPartialDate.parse(date).ifPresentOrElse(measurement::setDate,
                    () -> unreadable.add(Violation.of(field + "date", "api.date.invalid")));
        }
        measurement.setCountryCode(CountryCodes.canonical(countryCode));
        measurement.setActiveUsers(activeUsers);
        measurement.setRegisteredUsers(registeredUsers);
        measurement.setCountriesReached(countriesReached);
        measurement.setProfessionalGroups(professionalGroups);
        measurement.setPersonalGroups(personalGroups);
        measurement.setSource(source);
        measurement.setNote(note);
        return measurement;
    }
}
