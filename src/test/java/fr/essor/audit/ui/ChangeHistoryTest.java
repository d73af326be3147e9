package fr.essor.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.audit.domain.AuditEntry.Action;
import fr.essor.audit.domain.AuditEntry.Subject;
import fr.essor.audit.service.AuditRecord;
import fr.essor.audit.service.DeploymentHistory;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change to a deployment or its milestones leaves who, when, before and after; a failed one leaves nothing. */
class ChangeHistoryTest extends KaribuTest {

    @Autowired
    DeploymentService deployments;
    @Autowired
    MilestoneService milestones;
    @Autowired
    DeploymentHistory deploymentHistory;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void creations_changes_and_removals_keep_their_author_and_the_values_before_and_after() {
        signInAs("lead");
        Deployment deployment = testDeployments.create(1000, null);
        long id = deployment.getId();
        Deployment edited = deployments.find(id).orElseThrow();
        edited.setHeadcount(2000);
        deployments.save(edited);
        Measurement measurement = testDeployments.measure(deployment, PartialDate.ofMonth(2021, 6), 150);
        RolloutEvent event = testDeployments.event(deployment, PartialDate.ofYear(2021), EventKind.OTHER, "Kick-off");
        milestones.deleteMeasurement(milestones.measurement(measurement.getId()).orElseThrow());
        milestones.deleteEvent(milestones.event(event.getId()).orElseThrow());

        List<AuditRecord> history = deploymentHistory.of(id);
        assertThat(history).extracting(AuditRecord::action, AuditRecord::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Action.DELETE, Subject.EVENT),
                org.assertj.core.groups.Tuple.tuple(Action.DELETE, Subject.MEASUREMENT),
                org.assertj.core.groups.Tuple.tuple(Action.CREATE, Subject.EVENT),
                org.assertj.core.groups.Tuple.tuple(Action.CREATE, Subject.MEASUREMENT),
                org.assertj.core.groups.Tuple.tuple(Action.UPDATE, Subject.DEPLOYMENT),
                org.assertj.core.groups.Tuple.tuple(Action.CREATE, Subject.DEPLOYMENT));
        assertThat(history).allMatch(change -> change.username().equals("lead"));
        AuditRecord headcount = history.get(4);
        assertThat(headcount.before()).containsEntry("deployment.headcount", "1000");
        assertThat(headcount.after()).containsEntry("deployment.headcount", "2000");
        AuditRecord removed = history.get(1);
        assertThat(removed.before()).containsEntry("measurement.activeUsers", "150").containsEntry("milestone.date", "2021-06");
        assertThat(removed.after()).isEmpty();
        assertThat(history.get(0).before()).containsEntry("event.title", "Kick-off");

        signInAs("admin");
        deployments.delete(deployments.find(id).orElseThrow());
        AuditRecord gone = deploymentHistory.of(id).getFirst();
        assertThat(gone.action()).isEqualTo(Action.DELETE);
        assertThat(gone.username()).isEqualTo("admin");
        assertThat(gone.before()).containsEntry("deployment.headcount", "2000")
                .containsEntry("deployment.organisation", deployment.getOrganisation());
        assertThat(gone.after()).isEmpty();
    }

    @Test
    void a_change_that_fails_leaves_no_entry_as_it_leaves_no_change() {
        Deployment deployment = testDeployments.create(1000, null);
        long id = deployment.getId();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            Deployment edited = deployments.find(id).orElseThrow();
            edited.setHeadcount(3000);
            deployments.save(edited);
            throw new IllegalStateException("a later step of the same change failed");
        })).isInstanceOf(IllegalStateException.class);
        Deployment refused = deployments.find(id).orElseThrow();
        refused.setHeadcount(-5);
        assertThatThrownBy(() -> deployments.save(refused)).isInstanceOf(RuleViolationException.class);

        assertThat(deployments.find(id).orElseThrow().getHeadcount()).isEqualTo(1000);
        assertThat(deploymentHistory.of(id)).extracting(AuditRecord::action).containsExactly(Action.CREATE);
    }

    @Test
    void members_and_admins_read_the_history_on_the_page_and_nobody_else_even_through_the_service() {
        signInAs("lead");
        Deployment deployment = testDeployments.create(1000, null);
        Deployment edited = deployments.find(deployment.getId()).orElseThrow();
        edited.setHeadcount(2000);
        edited.setPlatform(fr.essor.rollout.Platform.CHATTER);
        deployments.save(edited);

        UI.getCurrent().navigate("deployment/" + deployment.getId());
        ChangeHistory page = _get(ChangeHistory.class);
        assertThat(page.isVisible()).isTrue();
        assertThat(summary().getSummaryText()).isEqualTo("2 modifications, voir qui les a faites et quand");
        assertThat(_find(page, Grid.class)).as("built when opened").isEmpty();
        assertThat(GridKt._getFormattedRow(opened(), 0)).contains("lead", "Modification · déploiement");
        assertThat(String.join(" | ", GridKt._getFormattedRow(opened(), 0))).contains("Plateforme : — → Chatter ; Effectif : 1000 → 2000");
        useLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("deployment/" + testDeployments.idOf("Orange"));
        UI.getCurrent().navigate("deployment/" + deployment.getId());
        assertThat(summary().getSummaryText()).isEqualTo("2 changes: see who made them and when");
        assertThat(String.join(" | ", GridKt._getFormattedRow(opened(), 0)))
                .contains("Platform: — → Chatter; Headcount: 1000 → 2000")
                .as("a platform by its name, not its code").doesNotContain("CHATTER");
        useLocale(java.util.Locale.FRENCH);

        signInAs("viewer");
        UI.getCurrent().navigate("deployment/" + testDeployments.idOf("Orange"));
        UI.getCurrent().navigate("deployment/" + deployment.getId());
        assertThat(_find(ChangeHistory.class)).as("shown to a viewer").isEmpty();
        assertThatThrownBy(() -> deploymentHistory.of(deployment.getId())).isInstanceOf(AccessDeniedException.class);

        signInAs("admin");
        assertThat(deploymentHistory.of(deployment.getId())).hasSize(2);
        // Saved again without a change, an empty field written as "" where the row had none: nothing more to tell.
        Deployment untouched = deployments.find(deployment.getId()).orElseThrow();
        untouched.setPlatformName(untouched.getPlatformName() == null ? "" : untouched.getPlatformName());
        deployments.save(untouched);
        assertThat(deploymentHistory.of(deployment.getId())).hasSize(2);
    }

    @Test
    void a_long_history_scrolls_in_its_own_box_newest_first_and_every_change_can_still_be_reached() {
        signInAs("lead");
        Deployment deployment = testDeployments.create(1000, null);
        for (int day = 1; day <= 45; day++) {
            testDeployments.measure(deployment, PartialDate.ofDay(java.time.LocalDate.of(2024, 1, 1).plusDays(day)), 100 + day);
        }

        UI.getCurrent().navigate("deployment/" + deployment.getId());
        var grid = opened();
        assertThat(GridKt._size(grid)).isEqualTo(46);
        assertThat(grid.isAllRowsVisible()).as("46 rows do not lengthen the page").isFalse();
        assertThat(grid.getHeight()).isNotNull();
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("Création · mesure", "145");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 45))).contains("Création · déploiement");
    }

    @Test
    void a_short_history_takes_its_own_height() {
        signInAs("lead");
        Deployment deployment = testDeployments.create(1000, null);
        UI.getCurrent().navigate("deployment/" + deployment.getId());
        var grid = opened();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(grid.isAllRowsVisible()).isTrue();
    }

    @Test
    void an_open_history_shows_a_change_made_while_it_is_open() {
        signInAs("lead");
        Deployment deployment = testDeployments.create(1000, null);
        UI.getCurrent().navigate("deployment/" + deployment.getId());
        var grid = opened();
        assertThat(GridKt._size(grid)).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withText("Modifier")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Effectif")), "2000");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        assertThat(summary().getSummaryText()).startsWith("2 modifications");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("Effectif : 1000 → 2000");
    }

    @Test
    void a_deployment_nobody_changed_says_so_with_nothing_to_open() {
        signInAs("admin");
        UI.getCurrent().navigate("deployment/" + testDeployments.idOf("Orange"));
        ChangeHistory history = _get(ChangeHistory.class);
        _get(history, Paragraph.class, spec -> spec.withText("Aucune modification"));
        assertThat(_find(history, Details.class)).as("nothing to open").isEmpty();
    }

    /** The history's section, folded under its count. */
    private static Details summary() {
        return _get(_get(ChangeHistory.class), Details.class);
    }

    /** The history as a user sees it once they open it. */
    @SuppressWarnings("unchecked")
    private static Grid<AuditRecord> opened() {
        Details section = summary();
        section.setOpened(true);
        return _get(section, Grid.class);
    }
}
