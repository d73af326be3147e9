package fr.essor.csvimport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import fr.essor.csvimport.service.ColumnMapping;
import fr.essor.csvimport.service.ImportContent;
import fr.essor.csvimport.service.ImportField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One drop-down per field: which column of the file gives it, or none. A required field left empty says so.
 * Every drop-down reads the same immutable list of columns, and a combo box sends the browser only the part
 * it shows: a select built one item component per column per field, 12 MB for a file of 200 columns.
 */
class MappingFields extends Composite<FormLayout> implements HasEnabled {

    /** The select's value for "not imported": no header is an empty string once read (cells are trimmed). */
    static final String NONE = "";

    private final Map<ImportField, ComboBox<String>> selects = new EnumMap<>(ImportField.class);
    private Runnable onChange = () -> { };

    MappingFields() {
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("48em", 3));
    }

    void show(ImportContent content, List<String> header, ColumnMapping mapping) {
        getContent().removeAll();
        selects.clear();
        List<String> found = new ArrayList<>();
        found.add(NONE);
        header.stream().filter(column -> !column.isEmpty()).forEach(found::add);
        List<String> choices = List.copyOf(found);
        String none = getTranslation("import.mapping.none");
        for (ImportField field : content.fields()) {
            ComboBox<String> select = new ComboBox<>();
            select.setLabel(getTranslation(field.labelKey()));
            select.setItems(choices);
            select.setItemLabelGenerator(column -> column.isEmpty() ? none : column);
            select.setValue(mapping.firstColumnOf(field).orElse(NONE));
            select.setRequiredIndicatorVisible(field.required());
            select.addValueChangeListener(change -> {
                markMissing();
                onChange.run();
            });
            selects.put(field, select);
            getContent().add(select);
        }
        markMissing();
    }

    ColumnMapping mapping() {
        Map<ImportField, List<String>> columns = new EnumMap<>(ImportField.class);
        selects.forEach((field, select) -> {
            if (select.getValue() != null && !select.getValue().isEmpty()) {
                columns.put(field, List.of(select.getValue()));
            }
        });
        return new ColumnMapping(columns);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private void markMissing() {
        selects.forEach((field, select) -> {
            boolean missing = field.required() && (select.getValue() == null || select.getValue().isEmpty());
            select.setInvalid(missing);
            select.setErrorMessage(missing ? getTranslation("import.mapping.missing") : null);
        });
    }
}
