package fr.essor.rollout;

import fr.essor.base.domain.AbstractEntity;
import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** One organisation's rollout of an enterprise social network. Constraint messages are bundle keys. */
@Entity
@Table(name = "deployment")
public class Deployment extends AbstractEntity {

    public static final int ORGANISATION_MAX_LENGTH = 200;
    /** The unique constraint on the organisation, in the migrations. */
    public static final String ORGANISATION_UNIQUE = "deployment_organisation_uk";
    public static final int PLATFORM_NAME_MAX_LENGTH = 100;
    public static final int NOTES_MAX_LENGTH = 4000;
    public static final int SOURCE_MAX_LENGTH = 500;

    @NotBlank(message = "validation.required")
    @Size(max = ORGANISATION_MAX_LENGTH, message = "validation.tooLong")
    private String organisation = "";

    @Enumerated(EnumType.STRING)
    private @Nullable Platform platform;

    /** The product's own name when it says more than the platform, e.g. Orange's home-grown "Plazza". */
    @Size(max = PLATFORM_NAME_MAX_LENGTH, message = "validation.tooLong")
    private @Nullable String platformName;

    private @Nullable LocalDate launchDate;

    @Enumerated(EnumType.STRING)
    private @Nullable DatePrecision launchPrecision;

    @NotNull(message = "validation.required")
    @Min(value = 1, message = "validation.atLeast")
    private @Nullable Integer headcount;

    /** Countries where the organisation works: the count of the codes below, or a count alone when only that is known. */
    @Min(value = 1, message = "validation.atLeast")
    @Max(value = 250, message = "validation.atMost")
    private @Nullable Integer countriesPresent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deployment_country", joinColumns = @JoinColumn(name = "deployment_id"))
    @Column(name = "country_code", length = 2)
    private Set<String> presentCountryCodes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private @Nullable GroupPolicy groupPolicy;

    @Min(value = 0, message = "validation.atLeast")
    @Max(value = 100, message = "validation.atMost")
    private @Nullable Integer professionalGroupsPct;

    @Min(value = 1, message = "validation.atLeast")
    @Max(value = 100, message = "validation.atMost")
    private @Nullable Integer targetActivationPct;

    private @Nullable LocalDate targetDate;

    @Size(max = NOTES_MAX_LENGTH, message = "validation.tooLong")
    private @Nullable String notes;

    @Size(max = SOURCE_MAX_LENGTH, message = "validation.tooLong")
    private @Nullable String source;

    /** A published case Essor ships with, as opposed to a user's own rollout. */
    private boolean referenceCase;

    /** Made up to show what a full curve looks like; always labelled as fictitious. */
    private boolean demo;

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public @Nullable Platform getPlatform() {
        return platform;
    }

    public void setPlatform(@Nullable Platform platform) {
        this.platform = platform;
    }

    public @Nullable String getPlatformName() {
        return platformName;
    }

    public void setPlatformName(@Nullable String platformName) {
        this.platformName = platformName;
    }

    public @Nullable PartialDate getLaunch() {
        return launchDate == null || launchPrecision == null ? null : new PartialDate(launchDate, launchPrecision);
    }

    public void setLaunch(@Nullable PartialDate launch) {
        this.launchDate = launch == null ? null : launch.start();
        this.launchPrecision = launch == null ? null : launch.precision();
    }

    public @Nullable Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(@Nullable Integer headcount) {
        this.headcount = headcount;
    }

    public @Nullable Integer getCountriesPresent() {
        return presentCountryCodes.isEmpty() ? countriesPresent : Integer.valueOf(presentCountryCodes.size());
    }

    /** Ignored while countries are picked from the list: the list is the better figure. */
    public void setCountriesPresent(@Nullable Integer countriesPresent) {
        this.countriesPresent = presentCountryCodes.isEmpty() ? countriesPresent : Integer.valueOf(presentCountryCodes.size());
    }

    public Set<String> getPresentCountryCodes() {
        return presentCountryCodes;
    }

    /** Picking countries from the list replaces a count entered alone: the list is the better figure. */
    public void setPresentCountryCodes(Set<String> codes) {
        this.presentCountryCodes = new TreeSet<>(codes);
        if (!codes.isEmpty()) {
            this.countriesPresent = codes.size();
        }
    }

    public @Nullable GroupPolicy getGroupPolicy() {
        return groupPolicy;
    }

    public void setGroupPolicy(@Nullable GroupPolicy groupPolicy) {
        this.groupPolicy = groupPolicy;
    }

    public @Nullable Integer getProfessionalGroupsPct() {
        return professionalGroupsPct;
    }

    public void setProfessionalGroupsPct(@Nullable Integer professionalGroupsPct) {
        this.professionalGroupsPct = professionalGroupsPct;
    }

    public @Nullable Integer getTargetActivationPct() {
        return targetActivationPct;
    }

    public void setTargetActivationPct(@Nullable Integer targetActivationPct) {
        this.targetActivationPct = targetActivationPct;
    }

    public @Nullable LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(@Nullable LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public boolean isReferenceCase() {
        return referenceCase;
    }

    public void setReferenceCase(boolean referenceCase) {
        this.referenceCase = referenceCase;
    }

    public boolean isDemo() {
        return demo;
    }

    /** Only for a deployment coming back from an export: a fictitious one must stay labelled as such. */
    public void setDemo(boolean demo) {
        this.demo = demo;
    }
}
