package fr.essor.rollout;

import fr.essor.base.domain.AbstractEntity;
import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What measurements and events share: the deployment they belong to and a date known to some precision. */
@MappedSuperclass
public abstract class Milestone extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deployment_id", nullable = false, updatable = false)
    private @Nullable Deployment deployment;

    @Column(name = "happened_on")
    private @Nullable LocalDate happenedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "happened_precision")
    private @Nullable DatePrecision happenedPrecision;

    public @Nullable Deployment getDeployment() {
        return deployment;
    }

    public void setDeployment(Deployment deployment) {
        this.deployment = deployment;
    }

    public @Nullable PartialDate getDate() {
        return happenedOn == null || happenedPrecision == null ? null : new PartialDate(happenedOn, happenedPrecision);
    }

    public void setDate(@Nullable PartialDate date) {
        this.happenedOn = date == null ? null : date.start();
        this.happenedPrecision = date == null ? null : date.precision();
    }
}
