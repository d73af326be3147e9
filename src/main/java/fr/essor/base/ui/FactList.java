package fr.essor.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;

/** Label and value pairs, as a description list so screen readers announce each label with its value. */
public class FactList extends Composite<DescriptionList> {

    public FactList() {
        getContent().addClassName("essor-facts");
    }

    /** Adds a pair; a blank value is left out rather than shown as an empty line. */
    public FactList add(String label, String value) {
        if (!value.isBlank()) {
            getContent().add(new DescriptionList.Term(label), new DescriptionList.Description(value));
        }
        return this;
    }

    public void clear() {
        getContent().removeAll();
    }
}
