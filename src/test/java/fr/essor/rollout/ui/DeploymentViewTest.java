package fr.essor.rollout.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.ui.StaleEditDialog;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.MilestoneService;
import fr.essor.base.domain.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeploymentViewTest extends KaribuTest {

    @Autowired
    DeploymentService service;
    @Autowired
    MilestoneService milestones;
    @Autowired
    TestDeployments testDeployments;

    private DeploymentView open(Deployment deployment) {
        UI.getCurrent().navigate(DeploymentView.class, deployment.getId());
        return _get(DeploymentView.class);
    }

    private static TextField headcount() {
        return _get(TextField.class, spec -> spec.withLabel("Effectif"));
    }

    private static List<String> facts() {
        return _find(DescriptionList.Description.class).stream().map(d -> d.getElement().getText()).toList();
    }

    @Test
    void a_fictitious_deployment_says_so_in_the_browsers_tab_too() {
        Deployment demo = service.summaries().stream().filter(s -> s.organisation().equals("Groupe Démo"))
                .map(s -> service.find(s.id()).orElseThrow()).findFirst().orElseThrow();

        assertThat(open(demo).getPageTitle()).isEqualTo("Groupe Démo (fictif) · Essor");
    }

    @Test
    void a_reference_case_shows_its_facts_its_source_and_its_latest_rate() {
        Deployment orange = service.summaries().stream().filter(s -> s.organisation().equals("Orange"))
                .map(s -> service.find(s.id()).orElseThrow()).findFirst().orElseThrow();
        DeploymentView page = open(orange);

        assertThat(page.getPageTitle()).isEqualTo("Orange · Essor");
        assertThat(facts()).contains("Développement interne (Plazza)", "décembre 2010", "170\u202F000", "140",
                "33\u202F000", "19,4\u00A0%",
                "Réseaux sociaux d'entreprise : business vs perso (Yammer x WordAppeal conference), 2012");
    }

    @Test
    void editing_saves_and_the_page_shows_the_new_figures() {
        Deployment deployment = testDeployments.create(2000, 10);
        open(deployment);

        click("Modifier");
        _setValue(headcount(), "2500");
        click("Enregistrer");

        assertThat(service.find(deployment.getId()).orElseThrow().getHeadcount()).isEqualTo(2500);
        assertThat(facts()).contains("2\u202F500");
    }

    @Test
    void cancel_leaves_the_deployment_as_it_was() {
        Deployment deployment = testDeployments.create(2000, 10);
        open(deployment);

        click("Modifier");
        _setValue(headcount(), "9999");
        click("Annuler");
        click("Modifier");

        assertThat(headcount().getValue()).isEqualTo("2000");
        assertThat(service.find(deployment.getId()).orElseThrow().getHeadcount()).isEqualTo(2000);
    }

    @Test
    void a_stale_edit_is_refused_with_an_offer_to_reload_and_the_other_save_is_kept() {
        Deployment deployment = testDeployments.create(2000, 10);
        open(deployment);
        click("Modifier");

        // Someone else saves first.
        Deployment theirs = service.find(deployment.getId()).orElseThrow();
        theirs.setHeadcount(3000);
        service.save(theirs);

        _setValue(headcount(), "4000");
        click("Enregistrer");

        StaleEditDialog stale = _get(StaleEditDialog.class);
        assertThat(ConfirmDialogKt.getHeader(stale)).isEqualTo("Modifié entre-temps par quelqu’un d’autre");
        assertThat(service.find(deployment.getId()).orElseThrow().getHeadcount()).isEqualTo(3000);
        // What was typed is not lost: the form stays open behind the question, and after Close.
        ConfirmDialogKt._fireCancel(stale);
        assertThat(headcount().getValue()).isEqualTo("4000");

        click("Enregistrer");
        ConfirmDialogKt._fireConfirm(_get(StaleEditDialog.class));
        assertThat(_find(DeploymentForm.class)).as("Reload closes the form").isEmpty();
        assertThat(facts()).contains("3\u202F000");
    }

    @Test
    void lowering_the_headcount_below_the_active_users_measured_is_refused() {
        Deployment deployment = testDeployments.create(2000, 10);
        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofMonth(2024, 3));
        measurement.setActiveUsers(1500);
        milestones.saveMeasurement(deployment.getId(), measurement, null);
        open(deployment);

        click("Modifier");
        _setValue(headcount(), "1000");
        click("Enregistrer");

        assertThat(headcount().getErrorMessage())
                .isEqualTo("L’effectif ne peut pas être inférieur aux 1\u202F500 utilisateurs actifs déjà mesurés.");
        assertThat(service.find(deployment.getId()).orElseThrow().getHeadcount()).isEqualTo(2000);
    }

    @Test
    void delete_asks_for_confirmation_naming_what_goes_with_it() {
        Deployment deployment = testDeployments.create(2000, 10);
        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofYear(2023));
        measurement.setActiveUsers(100);
        milestones.saveMeasurement(deployment.getId(), measurement, null);
        RolloutEvent event = new RolloutEvent();
        event.setDate(PartialDate.ofMonth(2022, 9));
        event.setKind(EventKind.PILOT);
        event.setTitle("Pilote RH");
        milestones.saveEvent(deployment.getId(), event, null);
        open(deployment);

        click("Supprimer");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("Le déploiement " + deployment.getOrganisation()
                + " sera supprimé avec sa mesure et son événement. Cette action est définitive.");

        ConfirmDialogKt._fireCancel(confirm);
        assertThat(service.find(deployment.getId())).isPresent();

        click("Supprimer");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(service.find(deployment.getId())).isEmpty();
        assertThat(milestones.timeline(deployment.getId())).isEmpty();
        NotificationsKt.expectNotifications(deployment.getOrganisation() + " a été supprimé.");
        _get(DeploymentListView.class);
    }

    @Test
    void deleting_a_deployment_someone_else_just_changed_is_refused() {
        Deployment deployment = testDeployments.create(2000, 10);
        open(deployment);
        Deployment theirs = service.find(deployment.getId()).orElseThrow();
        theirs.setNotes("changed meanwhile");
        service.save(theirs);

        click("Supprimer");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(ConfirmDialogKt.getText(_get(StaleEditDialog.class))).startsWith("Rien n’a été supprimé");
        assertThat(service.find(deployment.getId())).isPresent();
    }

    @Test
    void an_edit_saved_after_someone_removed_the_deployment_offers_a_reload_that_leads_back_to_the_list() {
        Deployment deployment = testDeployments.create(2000, 10);
        open(deployment);
        click("Modifier");
        service.delete(service.find(deployment.getId()).orElseThrow()); // in another session

        click("Enregistrer");
        ConfirmDialogKt._fireConfirm(_get(StaleEditDialog.class));

        _get(DeploymentListView.class);
    }
}
