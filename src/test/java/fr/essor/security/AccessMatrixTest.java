package fr.essor.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.DeploymentMembers;
import fr.essor.user.domain.Role;
import fr.essor.user.service.AccountDetails;
import fr.essor.user.service.UserAdministration;
import java.util.Set;
import fr.essor.csvimport.service.ColumnMapping;
import fr.essor.rollout.DuplicateChoice;
import fr.essor.csvimport.service.ImportContent;
import fr.essor.csvimport.service.ImportField;
import fr.essor.csvimport.service.ImportPreset;
import fr.essor.csvimport.service.ImportRequest;
import fr.essor.csvimport.service.ImportService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each demo role against each page and each change a service offers: what it may do works, the rest is
 * refused by the service itself (not only hidden) and leaves the data as it was.
 */
class AccessMatrixTest extends KaribuTest {

    @Autowired
    DeploymentService deployments;
    @Autowired
    MilestoneService milestones;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    JdbcClient sql;
    @Autowired
    fr.essor.rollout.MilestoneIntake intake;
    @Autowired
    fr.essor.exchange.service.DeploymentExport export;
    @Autowired
    fr.essor.exchange.service.DocumentImport documentImport;
    @Autowired
    UserAdministration administration;
    @Autowired
    DeploymentMembers members;
    @Autowired
    ImportService imports;

    /** Created by the lead, who thereby became its member. */
    private Deployment leads;
    /** Created by the admin: the lead is not a member. */
    private Deployment others;
    /** A published reference case the lead is even a member of. */
    private Deployment reference;

    @BeforeEach
    void threeDeployments() {
        signInAs("lead");
        leads = testDeployments.create(1000, null);
        signInAs("admin");
        others = testDeployments.create(1000, null);
        Deployment published = new Deployment();
        published.setOrganisation(TestDeployments.uniqueName("Published"));
        published.setHeadcount(1000);
        published.setReferenceCase(true);
        reference = deployments.save(published);
        sql.sql("insert into deployment_member (deployment_id, user_id) select ?, id from app_user where username = 'lead'")
                .param(reference.getId()).update();
        for (Deployment deployment : List.of(leads, others, reference)) {
            testDeployments.measure(deployment, PartialDate.ofYear(2020), 100);
            testDeployments.event(deployment, PartialDate.ofYear(2020), EventKind.OTHER, "Kick-off");
        }
    }

    @ParameterizedTest(name = "{0}: own {1}, others'' {2}, reference case {3}, create {4}")
    @CsvSource({
            "admin,  true,  true,  true,  true",
            "lead,   true,  false, false, true",
            "viewer, false, false, false, false"})
    void each_role_changes_through_the_services_only_what_it_may(String user, boolean own, boolean othersToo,
                                                                   boolean referenceToo, boolean create) {
        signInAs(user);

        assertChanges(leads, own);
        assertChanges(others, othersToo);
        assertChanges(reference, referenceToo);
        Deployment fresh = new Deployment();
        fresh.setOrganisation(TestDeployments.uniqueName("Fresh"));
        fresh.setHeadcount(10);
        assertAllowed(() -> deployments.save(fresh), create);
    }

    private void assertChanges(Deployment target, boolean allowed) {
        long id = target.getId();
        Deployment edited = deployments.find(id).orElseThrow();
        edited.setHeadcount(2000);
        assertAllowed(() -> deployments.save(edited), allowed);
        assertThat(deployments.find(id).orElseThrow().getHeadcount()).isEqualTo(allowed ? 2000 : 1000);

        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofYear(2021));
        measurement.setActiveUsers(200);
        assertAllowed(() -> milestones.saveMeasurement(id, measurement, null), allowed);
        RolloutEvent event = new RolloutEvent();
        event.setDate(PartialDate.ofYear(2021));
        event.setKind(EventKind.OTHER);
        event.setTitle("Relaunch");
        assertAllowed(() -> milestones.saveEvent(id, event, null), allowed);
        assertThat(milestones.timeline(id)).hasSize(allowed ? 4 : 2);

        var entries = milestones.timeline(id);
        for (var entry : entries) {
            switch (entry) {
                case fr.essor.rollout.TimelineEntry.MeasurementEntry m ->
                        assertAllowed(() -> milestones.deleteMeasurement(m.milestone()), allowed);
                case fr.essor.rollout.TimelineEntry.EventEntry e ->
                        assertAllowed(() -> milestones.deleteEvent(e.milestone()), allowed);
            }
        }
        assertThat(milestones.timeline(id)).hasSize(allowed ? 0 : 2);

        Deployment doomed = deployments.find(id).orElseThrow();
        assertAllowed(() -> deployments.delete(doomed), allowed);
        assertThat(deployments.find(id)).as("deleted").matches(found -> found.isPresent() != allowed);
    }

    private static void assertAllowed(Runnable change, boolean allowed) {
        if (allowed) {
            change.run();
        } else {
            assertThatThrownBy(change::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0}: own {1}, others'' {2}, reference case {3}, undo {4}")
    @CsvSource({
            "admin,  true,  true,  true,  true",
            "lead,   true,  false, false, false",
            "viewer, false, false, false, false"})
    void each_role_imports_and_undoes_only_what_it_may(String user, boolean own, boolean othersToo, boolean referenceToo,
                                                       boolean undo) {
        signInAs("admin");
        long adminsImport = imports.importFile(csvRequest(others.getId()), csv("2024-05-01"), line -> { }).importId();
        signInAs(user);

        for (var expected : List.of(new Object[]{leads, own}, new Object[]{others, othersToo}, new Object[]{reference, referenceToo})) {
            long id = ((Deployment) expected[0]).getId();
            boolean allowed = (boolean) expected[1];
            assertAllowed(() -> imports.preview(csvRequest(id), csv("2024-05-02"), 10), allowed);
            assertAllowed(() -> importOneLine(id), allowed);
            assertThat(milestones.timeline(id)).as("imported into " + id).hasSize((allowed ? 3 : 2) + (id == others.getId() ? 1 : 0));
        }
        assertAllowed(() -> imports.undo(adminsImport), undo);
        signInAs("admin");
        assertThat(imports.imports(others.getId()).getLast().undone()).isEqualTo(undo);
    }

    private long importOneLine(long deploymentId) {
        return imports.importFile(csvRequest(deploymentId), csv("2024-05-02"), line -> { }).importId();
    }

    private static ImportRequest csvRequest(long deploymentId) {
        return new ImportRequest(deploymentId, "usage.csv", ImportContent.MEASUREMENTS, ImportPreset.COLUMNS,
                new ColumnMapping(Map.of(ImportField.DATE, List.of("Date"), ImportField.ACTIVE_USERS, List.of("Active users"))),
                DuplicateChoice.SKIP);
    }

    private static ByteArrayInputStream csv(String day) {
        return new ByteArrayInputStream(("Date,Active users\n" + day + ",10\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_lead_cannot_move_another_deployments_measurement_into_their_own() {
        signInAs("lead");
        Measurement foreign = milestones.timeline(others.getId()).stream()
                .filter(entry -> entry.milestone() instanceof Measurement)
                .map(entry -> (Measurement) entry.milestone()).findFirst().orElseThrow();
        foreign.setActiveUsers(999);

        assertThatThrownBy(() -> milestones.saveMeasurement(leads.getId(), foreign, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(milestones.timeline(others.getId())).hasSize(2);
    }

    @Test
    void a_lead_cannot_publish_a_new_deployment_as_a_reference_case() {
        signInAs("lead");
        Deployment claimed = new Deployment();
        claimed.setOrganisation(TestDeployments.uniqueName("Claimed"));
        claimed.setHeadcount(10);
        claimed.setReferenceCase(true);

        assertThatThrownBy(() -> deployments.save(claimed)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "lead", "viewer"})
    void every_role_opens_every_page(String user) {
        signInAs(user);
        for (String route : routes()) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName())
                    .as(route).endsWith("View");
        }
    }

    @ParameterizedTest(name = "{0} opens the change log: {1}")
    @CsvSource({"admin, true", "lead, false", "viewer, false"})
    void only_admins_open_the_whole_change_log(String user, boolean opens) {
        signInAs(user);
        UI.getCurrent().navigate("admin/audit");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName())
                .isEqualTo(opens ? "AuditTrailView" : "PageNotFound");
    }

    @Test
    void a_page_refused_to_a_viewer_says_so_in_their_language_inside_the_menu() {
        signInAs("viewer");
        UI.getCurrent().navigate("admin/users");

        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Revenir au tableau de bord"))
                .getHref()).isEmpty();
    }

    private List<String> routes() {
        return List.of("", "deployments", "compare", "deployment/" + leads.getId(), "api-tokens", "account");
    }

    @ParameterizedTest(name = "{0}: create {1}, own {2}, others'' {3}, reference case {4}")
    @CsvSource({
            "admin,  true,  true,  true,  true",
            "lead,   true,  true,  false, false",
            "viewer, false, false, false, false"})
    void the_pages_offer_only_the_changes_the_role_may_make(String user, boolean create, boolean own,
                                                             boolean othersToo, boolean referenceToo) {
        signInAs(user);
        UI.getCurrent().navigate("deployments");
        assertThat(visible("Nouveau déploiement")).isEqualTo(create);
        for (var expected : List.of(new Object[]{leads, own}, new Object[]{others, othersToo}, new Object[]{reference, referenceToo})) {
            UI.getCurrent().navigate("deployment/" + ((Deployment) expected[0]).getId());
            boolean offered = (boolean) expected[1];
            assertThat(visible("Modifier")).isEqualTo(offered);
            assertThat(visible("Supprimer")).isEqualTo(offered);
            assertThat(visible("Saisir une mesure")).isEqualTo(offered);
            assertThat(visible("Noter un événement")).isEqualTo(offered);
            assertThat(visible("Importer")).isEqualTo(offered);
        }
    }

    private static boolean visible(String text) {
        return !_find(Button.class, spec -> spec.withText(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: batch on own {1}, on others'' {2}, on the reference case {3}, import {4}")
    @CsvSource({
            "admin,  true,  true,  true,  true",
            "lead,   true,  false, false, true",
            "viewer, false, false, false, false"})
    void each_role_pushes_batches_and_imports_only_where_it_may_and_exports_everything(String user, boolean own,
            boolean othersToo, boolean referenceToo, boolean importToo) {
        signInAs(user);

        for (var expected : List.of(new Object[]{leads, own}, new Object[]{others, othersToo}, new Object[]{reference, referenceToo})) {
            long id = ((Deployment) expected[0]).getId();
            var measurement = new fr.essor.rollout.MeasurementDraft(PartialDate.ofYear(2022), null, 300, null, null, null, null, null, null);
            assertAllowed(() -> intake.takeAll(id, List.of(measurement),
                    fr.essor.rollout.IntakeTerms.refusingDuplicates(null, "API", 1)), (boolean) expected[1]);
            assertThat(export.document(id)).as("every role exports what it reads").isPresent();
        }
        var document = export.document(others.getId()).orElseThrow();
        var record = document.deployment();
        var copy = new fr.essor.exchange.service.DeploymentDocument.Record(null, TestDeployments.uniqueName("Imported"),
                null, null, null, record.headcount(), null, null, null, null, null, null, null, null, false, false);
        assertAllowed(() -> documentImport.importDocument(new fr.essor.exchange.service.DeploymentDocument(1, null, null, copy,
                document.measurements(), document.events(), null)), importToo);
    }

    @ParameterizedTest
    @CsvSource({"admin, true", "lead, false", "viewer, false"})
    void only_an_admin_opens_the_users_page(String user, boolean allowed) {
        signInAs(user);

        UI.getCurrent().navigate("admin/users");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName())
                .isEqualTo(allowed ? "UserAdminView" : "PageNotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead", "viewer"})
    void the_user_administration_refuses_anyone_but_an_admin(String user) {
        long leadId = sql.sql("select id from app_user where username = 'lead'").query(Long.class).single();
        signInAs(user);

        assertThatThrownBy(() -> administration.accounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.account(leadId)).isInstanceOf(AccessDeniedException.class);
        AccountDetails promoted = new AccountDetails();
        promoted.setUsername(TestDeployments.uniqueName("sneaky").replace(' ', '-').toLowerCase());
        promoted.setDisplayName("Sneaky");
        promoted.setRole(Role.ADMIN);
        assertThatThrownBy(() -> administration.save(promoted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.deploymentsOf(leadId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.setDeploymentsOf(leadId, Set.of(others.getId())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(sql.sql("select count(*) from app_user where username = ?").param(promoted.getUsername())
                .query(Long.class).single()).isZero();
        assertThat(sql.sql("select count(*) from deployment_member where deployment_id = ? and user_id = ?")
                .params(others.getId(), leadId).query(Long.class).single()).isZero();
    }

    @Test
    void a_membership_given_or_taken_by_an_admin_applies_at_once_though_permissions_are_kept_between_pages() {
        long leadId = sql.sql("select id from app_user where username = 'lead'").query(Long.class).single();
        signInAs("lead");
        assertThat(deployments.mayChange(others.getId())).isFalse();
        assertThat(deployments.mayReadHistory(others.getId())).isFalse();

        signInAs("admin");
        members.setDeploymentsOf(leadId, Set.of(leads.getId(), reference.getId(), others.getId()));
        signInAs("lead");
        assertThat(deployments.mayChange(others.getId())).as("given").isTrue();
        assertThat(deployments.mayReadHistory(others.getId())).isTrue();
        assertAllowed(() -> testDeployments.measure(others, PartialDate.ofYear(2021), 200), true);

        signInAs("admin");
        members.setDeploymentsOf(leadId, Set.of(leads.getId(), reference.getId()));
        signInAs("lead");
        assertThat(deployments.mayChange(others.getId())).as("taken").isFalse();
        assertAllowed(() -> testDeployments.measure(others, PartialDate.ofYear(2022), 300), false);
    }
}
