package fr.essor.rollout;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import fr.essor.base.domain.IsoCountryCode;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Figures observed at a date. Every figure is optional but at least one must be given (see the service). */
@Entity
@Table(name = "measurement")
public class Measurement extends Milestone {

    /** The unique constraint of one row per deployment, day and country (or whole network), in the migrations. */
    public static final String ONE_PER_DAY_UNIQUE = "measurement_one_per_day_uk";
    public static final int SOURCE_MAX_LENGTH = 500;
    public static final int NOTE_MAX_LENGTH = 2000;

    @Min(value = 0, message = "validation.atLeast")
    private @Nullable Integer activeUsers;

    @Min(value = 0, message = "validation.atLeast")
    private @Nullable Integer registeredUsers;

    @Min(value = 0, message = "validation.atLeast")
    private @Nullable Integer countriesReached;

    @Min(value = 0, message = "validation.atLeast")
    private @Nullable Integer professionalGroups;

    @Min(value = 0, message = "validation.atLeast")
    private @Nullable Integer personalGroups;

    /** The country this row counts, for per-country usage data; empty for the whole network. */
    @IsoCountryCode
    private @Nullable String countryCode;

    @Size(max = SOURCE_MAX_LENGTH, message = "validation.tooLong")
    private @Nullable String source;

    @Size(max = NOTE_MAX_LENGTH, message = "validation.tooLong")
    private @Nullable String note;

    public @Nullable Integer getActiveUsers() {
        return activeUsers;
    }

    public void setActiveUsers(@Nullable Integer activeUsers) {
        this.activeUsers = activeUsers;
    }

    public @Nullable Integer getRegisteredUsers() {
        return registeredUsers;
    }

    public void setRegisteredUsers(@Nullable Integer registeredUsers) {
        this.registeredUsers = registeredUsers;
    }

    public @Nullable Integer getCountriesReached() {
        return countriesReached;
    }

    public void setCountriesReached(@Nullable Integer countriesReached) {
        this.countriesReached = countriesReached;
    }

    public @Nullable Integer getProfessionalGroups() {
        return professionalGroups;
    }

    public void setProfessionalGroups(@Nullable Integer professionalGroups) {
        this.professionalGroups = professionalGroups;
    }

    public @Nullable Integer getPersonalGroups() {
        return personalGroups;
    }

    public void setPersonalGroups(@Nullable Integer personalGroups) {
        this.personalGroups = personalGroups;
    }

    public @Nullable String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(@Nullable String countryCode) {
        this.countryCode = countryCode;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}
