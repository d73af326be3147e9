package fr.essor.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.rollout.RolloutEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A save that fails for a reason no rule explains: a message with a reference, the dialog still usable. */
@ExtendWith(OutputCaptureExtension.class)
class FormDialogTest extends KaribuTest {

    private static final Pattern REFERENCE = Pattern.compile("ESS-[0-9A-F]{8}");

    /** The smallest form: an event's title. */
    static class TitleForm extends BoundForm<RolloutEvent> {
        final TextField title = new TextField("Titre");

        TitleForm() {
            super(RolloutEvent.class);
            binder.forField(title).bind(RolloutEvent::getTitle, RolloutEvent::setTitle);
            getContent().add(title);
        }
    }

    @Test
    void a_save_that_fails_unexpectedly_shows_a_reference_that_is_in_the_log_and_the_dialog_stays_open(CapturedOutput log) {
        List<String> saved = new ArrayList<>();
        List<RolloutEvent> attempts = new ArrayList<>();
        FormDialog<RolloutEvent> dialog = new FormDialog<>("Nouvel événement", new TitleForm(), new RolloutEvent(), bean -> {
            attempts.add(bean);
            if (attempts.size() == 1) {
                throw new IllegalStateException("the disk is full");
            }
            return bean;
        }, bean -> saved.add(bean.getTitle()), () -> { });
        dialog.open();
        _setValue(_get(dialog, TextField.class), "Lancement");

        click("Enregistrer");

        assertThat(dialog.isOpened()).as("the dialog is still open").isTrue();
        List<String> shown = NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text")).toList();
        assertThat(shown).singleElement().asString()
                .startsWith("Un incident est survenu : l’action n’a pas abouti et rien n’a été modifié.");
        Matcher reference = REFERENCE.matcher(shown.getFirst());
        assertThat(reference.find()).as("a reference in the message").isTrue();
        assertThat(log.getOut()).contains(reference.group()).contains("the disk is full");
        assertThat(saved).isEmpty();

        click("Enregistrer"); // the user tries again, with what they typed still there

        assertThat(dialog.isOpened()).isFalse();
        assertThat(saved).containsExactly("Lancement");
    }

    @Test
    void a_save_the_services_refuse_says_the_user_may_no_longer_do_it_not_that_something_broke(CapturedOutput log) {
        List<String> saved = new ArrayList<>();
        FormDialog<RolloutEvent> dialog = new FormDialog<>("Nouvel événement", new TitleForm(), new RolloutEvent(), bean -> {
            // What the services throw when an admin took the user's membership away while the page was open.
            throw new org.springframework.security.authorization.AuthorizationDeniedException("Access Denied");
        }, bean -> saved.add(bean.getTitle()), () -> { });
        dialog.open();
        _setValue(_get(dialog, TextField.class), "Lancement");

        click("Enregistrer");

        List<String> shown = NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text")).toList();
        assertThat(shown).singleElement().asString()
                .startsWith("Vous n’avez pas, ou plus, le droit de faire cela (un administrateur a pu changer vos droits)")
                .doesNotContain("incident").doesNotContainPattern(REFERENCE);
        assertThat(dialog.isOpened()).as("what was typed can still be copied").isTrue();
        assertThat(log.getOut()).doesNotContain("AuthorizationDeniedException");
        assertThat(saved).isEmpty();
    }
}
