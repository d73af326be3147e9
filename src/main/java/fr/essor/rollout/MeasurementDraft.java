package fr.essor.rollout;

import fr.essor.base.domain.CountryCodes;
import fr.essor.base.domain.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A measurement to add. The country code is kept in Essor's one case from the start ("fr" and "FR" made two rows
 * for one day); whether it is an ISO code is one of the rules the intake checks.
 *
 * @param countryCode null for the whole network
 */
public record MeasurementDraft(@Nullable PartialDate date, @Nullable String countryCode, @Nullable Integer activeUsers,
                               @Nullable Integer registeredUsers, @Nullable Integer countriesReached,
                               @Nullable Integer professionalGroups, @Nullable Integer personalGroups,
                               @Nullable String source, @Nullable String note) implements MilestoneDraft {

    public MeasurementDraft {
        countryCode = CountryCodes.canonical(countryCode);
    }

    /** The figures of a measurement the form edits, so that it goes through the same rules. */
    static MeasurementDraft of(Measurement measurement) {
        return new MeasurementDraft(measurement.getDate(), measurement.getCountryCode(), measurement.getActiveUsers(),
                measurement.getRegisteredUsers(), measurement.getCountriesReached(), measurement.getProfessionalGroups(),
                measurement.getPersonalGroups(), measurement.getSource(), measurement.getNote());
    }

    Measurement toMeasurement() {
        Measurement measurement = new Measurement();
        copyInto(measurement);
        return measurement;
    }

    void copyInto(Measurement measurement) {
        measurement.setDate(date);
        measurement.setCountryCode(countryCode);
        measurement.setActiveUsers(activeUsers);
        measurement.setRegisteredUsers(registeredUsers);
        measurement.setCountriesReached(countriesReached);
        measurement.setProfessionalGroups(professionalGroups);
        measurement.setPersonalGroups(personalGroups);
        measurement.setSource(source);
        measurement.setNote(note);
    }
}
