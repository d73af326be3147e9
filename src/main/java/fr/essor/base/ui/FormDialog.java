package fr.essor.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.essor.base.domain.RuleViolationException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A dialog around a form: Save writes the form into the bean and hands it to the save callback (a
 * service call). Rule violations stay in the dialog next to their fields; a stale save, or one whose
 * record was removed meanwhile, closes it and offers a reload; any other failure is reported with a
 * reference and leaves the dialog open; Cancel discards everything typed. Enter in a one-line field
 * saves, as in any form; Escape (or a click outside) closes an untouched dialog but asks before
 * throwing away what was typed.
 */
public class FormDialog<T> extends Dialog {

    private final BoundForm<T> form;
    private final T bean;
    private final UnaryOperator<T> save;
    private final Consumer<T> onSaved;
    private final Runnable reload;

    public FormDialog(String title, BoundForm<T> form, T bean, UnaryOperator<T> save, Consumer<T> onSaved, Runnable reload) {
        this.form = form;
        this.bean = bean;
        this.save = save;
        this.onSaved = onSaved;
        this.reload = reload;
        setHeaderTitle(title);
        setWidth("min(48rem, 100vw)");
        form.read(bean);
        add(form);
        Button saveButton = new Button(getTranslation("action.save"), click -> save());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        // Eager values: the field's text reaches the server before the Enter that saves it (with the
        // default on-change sync, Enter's shortcut arrived first and saved an empty field).
        descendants(form).filter(TextField.class::isInstance).map(TextField.class::cast).forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            Shortcuts.addShortcutListener(field, this::save, Key.ENTER).listenOn(field);
        });
        // With a close-action listener the dialog no longer closes itself on Escape: it asks first.
        addDialogCloseActionListener(escape -> {
            if (form.hasChanges()) {
                confirmDiscard();
            } else {
                close();
            }
        });
    }

    private void confirmDiscard() {
        ConfirmDialog discard = new ConfirmDialog();
        discard.setHeader(getTranslation("dialog.discard.title"));
        discard.setText(getTranslation("dialog.discard.text"));
        discard.setCancelable(true);
        discard.setCancelText(getTranslation("dialog.discard.keep"));
        discard.setConfirmText(getTranslation("dialog.discard.confirm"));
        discard.setConfirmButtonTheme("error primary");
        discard.addConfirmListener(confirmed -> close());
        discard.open();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(FormDialog::descendants));
    }

    private void save() {
        if (!form.writeTo(bean)) {
            return;
        }
        try {
            T saved = save.apply(bean);
            close();
            onSaved.accept(saved);
        } catch (RuleViolationException broken) {
            form.showViolations(broken.violations());
        } catch (OptimisticLockingFailureException stale) {
            // The form stays open behind the question: what was typed can still be read and copied. Reload
            // closes it and shows what is stored now; Close keeps it.
            new StaleEditDialog("stale.text.formKept", () -> {
                close();
                reload.run();
            }).open();
        } catch (RuntimeException unexpected) {
            // Nothing was saved (the service's transaction rolled back); what was typed stays for another try,
            // or to copy when the change is no longer theirs to make.
            UnexpectedErrors.tell(unexpected);
        }
    }
}
