package fr.essor.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import fr.essor.base.domain.RuleViolationException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A dialog around a form: Save writes the form into the bean and hands it to the save callback (a
 * service call). Rule violations stay in the dialog next to their fields; a stale save, or one whose
 * record was removed meanwhile, closes it and offers a reload; any other failure is reported with a
 * reference and leaves the dialog open; Cancel discards everything typed.
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
            close();
            new StaleEditDialog(reload).open();
        } catch (RuntimeException unexpected) {
            // Nothing was saved (the service's transaction rolled back); what was typed stays for another try.
            UnexpectedErrors.report(unexpected);
        }
    }
}
