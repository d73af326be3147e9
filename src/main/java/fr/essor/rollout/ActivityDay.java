package fr.essor.rollout;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A deployment's figures on one day, rolled up from its measurements by the service (see
 * ActivityRollup). Read-only here: it is derived data, rewritten whole for a day when that day changes.
 */
@Entity
@Immutable
@Table(name = "activity_day")
class ActivityDay {

    @Embeddable
    public record Key(@Column(name = "deployment_id") long deploymentId, @Column(name = "on_day") LocalDate day) implements Serializable {
    }

    @EmbeddedId
    private @Nullable Key id;

    private @Nullable Integer activeUsers;
    private @Nullable Integer countriesReached;
    private @Nullable String source;

    protected ActivityDay() {
    }

    public @Nullable Key getId() {
        return id;
    }

    public @Nullable Integer getActiveUsers() {
        return activeUsers;
    }

    public @Nullable Integer getCountriesReached() {
        return countriesReached;
    }

    public @Nullable String getSource() {
        return source;
    }
}
