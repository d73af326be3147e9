package fr.essor.imports.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import fr.essor.base.ui.RequiredMark;
import fr.essor.imports.service.ColumnMapping;
import fr.essor.imports.service.ImportContent;
import fr.essor.imports.service.ImportField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One select per field: which column of the file gives it, or none. A required field left empty says so. */
class MappingFields extends Composite<FormLayout> implements HasEnabled {

    /** The select's value for "not imported": no header is an empty string once read (cells are trimmed). */
    static final String NONE = "";

    final Map<ImportField, Select<String>> selects = new EnumMap<>(ImportField.class);
    private Runnable onChange = () -> { };

    MappingFields() {
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("48em", 3));
    }

    void show(ImportContent content, List<String> header, ColumnMapping mapping) {
        getContent().removeAll();
        selects.clear();
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        header.stream().filter(column -> !column.isEmpty()).forEach(choices::add);
        for (ImportField field : content.fields()) {
            Select<String> select = new Select<>();
            select.setLabel(getTranslation(field.labelKey()));
            select.setItems(choices);
            select.setItemLabelGenerator(column -> column.isEmpty() ? getTranslation("import.mapping.none") : column);
            select.setValue(mapping.firstColumnOf(field).orElse(NONE));
            if (field.required()) {
                RequiredMark.show(select);
            }
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
