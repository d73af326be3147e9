package fr.essor.exchange.service;

import fr.essor.base.domain.IsoPartialDate;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.EventDraft;
import fr.essor.rollout.IntakeTerms;
import fr.essor.rollout.MeasurementDraft;
import fr.essor.rollout.MilestoneDraft;
import fr.essor.rollout.MilestoneIntake;
import fr.essor.security.AppRoles;
import fr.essor.security.CurrentUser;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recreates a deployment from an export, in one transaction: the deployment, then its measurements and
 * events through the same rules as the forms; anything refused leaves nothing behind. Creating a
 * deployment is what the import does, so whoever may create one may import (an admin; a lead, who
 * becomes its member; a reference case only by an admin, as in the form; a deployment flagged fictitious only
 * by an admin too).
 *
 * <p>The exported audit trail is not replayed: entries say who did what in the Essor they came from,
 * and an import writing them under other names and dates would let anyone forge history. The new
 * trail starts with the creation and one entry per imported batch, naming the export as origin.
 */
@Service
@Transactional(readOnly = true)
public class DocumentImport {

    /** A deployment's export is small (a few MB for ten years of daily figures); the upload and the API refuse more. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private final DeploymentService deployments;
    private final MilestoneIntake intake;

    DocumentImport(DeploymentService deployments, MilestoneIntake intake) {
        this.deployments = deployments;
        this.intake = intake;
    }

    /** @return the new deployment's id */
    @Transactional
    @PreAuthorize("@deploymentPermissions.mayCreate()")
    public long importDocument(DeploymentDocument document) {
        return importDocument(document, null);
    }

    /**
     * @param usersZone the importing person's time zone (their browser's), so that "not in the future" is their
     *                  today; null for a script, whose today is the server's
     * @return the new deployment's id
     */
    @Transactional
    @PreAuthorize("@deploymentPermissions.mayCreate()")
    public long importDocument(DeploymentDocument document, @Nullable ZoneId usersZone) {
        if (document.format() != DeploymentDocument.FORMAT) {
            throw new RuleViolationException(List.of(Violation.of("format", "export.format.unknown", DeploymentDocument.FORMAT)));
        }
        if (document.deployment().demo() && !CurrentUser.hasRole(AppRoles.ADMIN)) {
            // A fictitious deployment is left out of the dashboard's totals: a lead flagging one would hide a
            // real rollout from them. Refused with a reason rather than dropped, so the file is not half-kept.
            throw new RuleViolationException(List.of(Violation.of("deployment.demo", "export.import.demoAdminOnly")));
        }
        String origin = "JSON" + (document.exportedAt() == null ? "" : " " + document.exportedAt());
        Deployment saved = prefixed("deployment.", () -> deployments.save(deployment(document.deployment())));
        long id = saved.getId();
        List<Violation> dates = new ArrayList<>();
        // Measurements then events, in one go: the intake names every bad line of both at once, as it does a batch's.
        List<MilestoneDraft> milestones = new ArrayList<>();
        for (int line = 0; line < document.measurements().size(); line++) {
            milestones.add(measurement(document.measurements().get(line), line, dates));
        }
        for (int line = 0; line < document.events().size(); line++) {
            milestones.add(event(document.events().get(line), line, dates));
        }
        IntakeTerms terms = IntakeTerms.refusingDuplicates(usersZone, origin, milestones.size());
        int measured = document.measurements().size();
        if (!dates.isEmpty()) {
            // Every line's other reasons too, as the API's batch gives them; a line whose date was unreadable is not
            // told in addition that its date is missing.
            List<Violation> all = new ArrayList<>(dates);
            intake.refusals(id, milestones, terms).stream().map(found -> named(found, measured))
                    .filter(found -> dates.stream().noneMatch(date -> date.field().equals(found.field())))
                    .forEach(all::add);
            throw new RuleViolationException(all);
        }
        try {
            intake.takeAll(id, milestones, terms);
        } catch (RuleViolationException refused) {
            throw new RuleViolationException(refused.violations().stream().map(found -> named(found, measured)).toList());
        }
        return id;
    }

    private static Deployment deployment(DeploymentDocument.Record record) {
        Deployment deployment = new Deployment();
        deployment.setOrganisation(record.organisation());
        deployment.setPlatform(record.platform());
        deployment.setPlatformName(record.platformName());
        deployment.setLaunch(record.launch() == null ? null : IsoPartialDate.parse(record.launch())
                .orElseThrow(() -> new RuleViolationException(List.of(Violation.of("deployment.launch", "api.date.invalid")))));
        deployment.setHeadcount(record.headcount());
        deployment.setPresentCountryCodes(record.countries() == null ? Set.of() : Set.copyOf(record.countries()));
        deployment.setCountriesPresent(record.countriesPresent());
        deployment.setGroupPolicy(record.groupPolicy());
        deployment.setProfessionalGroupsPct(record.professionalGroupsPct());
        deployment.setTargetActivationPct(record.targetActivationPct());
        deployment.setTargetDate(record.targetDate());
        deployment.setNotes(record.notes());
        deployment.setSource(record.source());
        deployment.setReferenceCase(record.referenceCase());
        // Otherwise a re-imported fictitious deployment would count in the dashboard's real totals.
        deployment.setDemo(record.demo());
        return deployment;
    }

    private static MeasurementDraft measurement(DeploymentDocument.MeasurementLine line, int index, List<Violation> dates) {
        return new MeasurementDraft(date(line.date(), "measurements[" + index + "].date", dates), line.countryCode(),
                line.activeUsers(), line.registeredUsers(), line.countriesReached(), line.professionalGroups(),
                line.personalGroups(), line.source(), line.note());
    }

    private static EventDraft event(DeploymentDocument.EventLine line, int index, List<Violation> dates) {
        return new EventDraft(date(line.date(), "events[" + index + "].date", dates), line.kind(), line.title(), line.note());
    }

    private static @Nullable PartialDate date(@Nullable String text, String field, List<Violation> found) {
        PartialDate date = text == null ? null : IsoPartialDate.parse(text).orElse(null);
        if (date == null) {
            found.add(Violation.of(field, "api.date.invalid"));
        }
        return date;
    }

    private static final Pattern LINE = Pattern.compile("\\[(\\d+)](.*)", Pattern.DOTALL);

    /**
     * The intake names a line by its place in what it was given ("[3].activeUsers"), the measurements first; the
     * document names it in its own part ("measurements[3].activeUsers", "events[0].title").
     */
    private static Violation named(Violation found, int measured) {
        Matcher line = LINE.matcher(found.field());
        if (!line.matches()) {
            return found;
        }
        int index = Integer.parseInt(line.group(1));
        String field = index < measured ? "measurements[" + index + "]" : "events[" + (index - measured) + "]";
        return new Violation(field + line.group(2), found.messageKey(), found.arguments());
    }

    /** The deployment's own refusals name its fields as the document does ("deployment.organisation"). */
    private static <T> T prefixed(String part, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuleViolationException refused) {
            throw new RuleViolationException(refused.violations().stream()
                    .map(violation -> new Violation(part + violation.field(), violation.messageKey(), violation.arguments()))
                    .toList());
        }
    }
}
