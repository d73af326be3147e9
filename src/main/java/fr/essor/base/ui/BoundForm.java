package fr.essor.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import fr.essor.base.domain.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A form over one bean. It writes to the bean only when asked and only if every field converts, so
 * cancelling leaves the bean untouched; it shows the service's rule violations next to their fields.
 */
public abstract class BoundForm<T> extends Composite<FormLayout> {

    protected final Binder<T> binder;
    private final Map<String, HasValidation> fieldsByProperty = new HashMap<>();

    private boolean edited;

    protected BoundForm(Class<T> beanType) {
        this.binder = new Binder<>(beanType);
        binder.addValueChangeListener(change -> edited = true);
    }

    /** Names the field that shows the violations of a bean property. */
    protected void showsViolationsOf(String property, HasValidation field) {
        fieldsByProperty.put(property, field);
    }

    /**
     * Whether anything was typed since the bean was read. Not the binder's hasChanges(): a save the
     * service refused has already written the fields to the bean, which resets it.
     */
    public boolean hasChanges() {
        return edited;
    }

    public void read(T bean) {
        binder.readBean(bean);
        edited = false;
    }

    /** @return false, with the reasons shown on the fields, if a field could not be read. */
    public boolean writeTo(T bean) {
        return binder.writeBeanIfValid(bean);
    }

    /**
     * Each message next to its field, and the first such field focused: a long form's refusal may sit
     * below the dialog's fold (the source field at the bottom), where a click on Save seemed to do nothing.
     */
    public void showViolations(List<Violation> violations) {
        boolean focused = false;
        for (Violation violation : violations) {
            String message = getTranslation(violation.messageKey(), violation.argumentArray());
            HasValidation field = fieldsByProperty.get(violation.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                if (!focused && field instanceof Focusable<?> focusable) {
                    focusable.focus();
                    focused = true;
                }
            } else {
                Notification.show(message, 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }
}
