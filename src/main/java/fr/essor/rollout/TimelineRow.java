package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a deployment's milestone log, as the log shows it: a copy of a measurement's or an event's fields at
 * one version. Pages of rows are shared by every session that opens the deployment, so a row is a record no form
 * can bind; editing or removing one starts from the stored milestone, read again by its id.
 */
public sealed interface TimelineRow permits TimelineRow.MeasurementRow, TimelineRow.EventRow {

    long id();

    /** The version shown: a milestone changed since then is no longer the one on the screen. */
    int version();

    PartialDate date();

    /** Whether the stored milestone is still the one this row shows: the same one, not changed since. */
    default boolean shows(Milestone stored) {
        return Objects.equals(stored.getId(), id()) && stored.getVersion() == version();
    }

    record MeasurementRow(long id, int version, PartialDate date, @Nullable String countryCode,
                          @Nullable Integer activeUsers, @Nullable Integer registeredUsers,
                          @Nullable Integer countriesReached, @Nullable Integer professionalGroups,
                          @Nullable Integer personalGroups, @Nullable String source, @Nullable String note)
            implements TimelineRow {

        static MeasurementRow of(Measurement measurement) {
            return new MeasurementRow(idOf(measurement), measurement.getVersion(), dateOf(measurement),
                    measurement.getCountryCode(), measurement.getActiveUsers(), measurement.getRegisteredUsers(),
                    measurement.getCountriesReached(), measurement.getProfessionalGroups(),
                    measurement.getPersonalGroups(), measurement.getSource(), measurement.getNote());
        }
    }

    record EventRow(long id, int version, PartialDate date, @Nullable EventKind kind, String title, @Nullable String note)
            implements TimelineRow {

        static EventRow of(RolloutEvent event) {
            return new EventRow(idOf(event), event.getVersion(), dateOf(event), event.getKind(), event.getTitle(),
                    event.getNote());
        }
    }

    private static long idOf(Milestone milestone) {
        return Objects.requireNonNull(milestone.getId(), "a logged milestone is saved");
    }

    private static PartialDate dateOf(Milestone milestone) {
        return Objects.requireNonNull(milestone.getDate(), "a saved milestone always has a date");
    }
}
