package fr.essor.rollout.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.base.ui.BoundForm;
import fr.essor.base.ui.Fields;
import fr.essor.base.ui.PartialDateField;
import fr.essor.base.ui.RequiredMark;
import fr.essor.base.ui.WholeNumberConverter;
import fr.essor.rollout.Measurement;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Figures observed at a date. The service checks them against the deployment (headcount, countries). */
class MeasurementForm extends BoundForm<Measurement> {

    private final PartialDateField date = new PartialDateField(getTranslation("milestone.date"));
    private final TextField activeUsers = Fields.number("measurement.activeUsers");
    private final TextField registeredUsers = Fields.number("measurement.registeredUsers");
    private final TextField countriesReached = Fields.number("measurement.countriesReached");
    private final TextField professionalGroups = Fields.number("measurement.professionalGroups");
    private final TextField personalGroups = Fields.number("measurement.personalGroups");
    private final TextField source = Fields.text("measurement.source");
    private final TextArea note = Fields.area("milestone.note");

    MeasurementForm() {
        super(Measurement.class);
        RequiredMark.show(date);
        date.setHelperText(getTranslation("milestone.date.help"));
        binder.forField(date)
                .withValidator(value -> !date.isUnreadable(), getTranslation("validation.notAYear"))
                .bind(Measurement::getDate, Measurement::setDate);
        bindNumber(activeUsers, "activeUsers", Measurement::getActiveUsers, Measurement::setActiveUsers);
        bindNumber(registeredUsers, "registeredUsers", Measurement::getRegisteredUsers, Measurement::setRegisteredUsers);
        bindNumber(countriesReached, "countriesReached", Measurement::getCountriesReached, Measurement::setCountriesReached);
        bindNumber(professionalGroups, "professionalGroups", Measurement::getProfessionalGroups, Measurement::setProfessionalGroups);
        bindNumber(personalGroups, "personalGroups", Measurement::getPersonalGroups, Measurement::setPersonalGroups);
        binder.forField(source).bind(Measurement::getSource, Measurement::setSource);
        binder.forField(note).bind(Measurement::getNote, Measurement::setNote);
        showsViolationsOf("date", date);
        showsViolationsOf("source", source);
        showsViolationsOf("note", note);

        FormLayout layout = getContent();
        layout.add(date, activeUsers, registeredUsers, countriesReached, professionalGroups, personalGroups, source, note);
        layout.setColspan(date, 2);
        layout.setColspan(source, 2);
        layout.setColspan(note, 2);
    }

    private void bindNumber(TextField field, String property, Function<Measurement, @Nullable Integer> getter,
                            BiConsumer<Measurement, @Nullable Integer> setter) {
        binder.forField(field).withConverter(new WholeNumberConverter(getTranslation("validation.notANumber"),
                        getTranslation("validation.tooManyDigits")))
                .bind(getter::apply, setter::accept);
        showsViolationsOf(property, field);
    }
}
