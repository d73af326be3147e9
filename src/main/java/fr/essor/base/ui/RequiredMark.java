package fr.essor.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * The required asterisk on a field whose focus target takes no {@code aria-required}. Vaadin puts that attribute on a
 * custom field's host (role group) and on a select's value button (role button); ARIA allows neither, axe reports it
 * as a critical violation, and screen readers ignore it there. The asterisk stays and the label says the field is
 * required; only the attribute the browser would discard goes, now and whenever Vaadin would set it again.
 */
public final class RequiredMark {

    private RequiredMark() {
    }

    public static <F extends Component & HasValue<?, ?>> void show(F field) {
        field.setRequiredIndicatorVisible(true);
        field.getElement().executeJs("""
                const aria = this._fieldAriaController;
                if (aria) {
                    aria.__setAriaRequiredAttribute = () => {};
                }
                (this.ariaTarget || this).removeAttribute('aria-required');""");
    }
}
