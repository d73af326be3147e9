package fr.essor.rollout.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.base.ui.BoundForm;
import fr.essor.base.ui.Fields;
import fr.essor.base.ui.PartialDateField;
import fr.essor.base.ui.RequiredMark;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.RolloutEvent;

/** Something the rollout team did: its kind, a title and a note, at a date. */
class EventForm extends BoundForm<RolloutEvent> {

    private final PartialDateField date = new PartialDateField(getTranslation("milestone.date"));
    private final Select<EventKind> kind = new Select<>();
    private final TextField title = Fields.text("event.title");
    private final TextArea note = Fields.area("milestone.note");

    EventForm() {
        super(RolloutEvent.class);
        RequiredMark.show(date);
        kind.setLabel(getTranslation("event.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation("eventKind." + value.name()));
        RequiredMark.show(kind);
        title.setRequired(true);
        binder.forField(date)
                .withValidator(value -> !date.isUnreadable(), getTranslation("validation.notAYear"))
                .bind(RolloutEvent::getDate, RolloutEvent::setDate);
        binder.forField(kind).bind(RolloutEvent::getKind, RolloutEvent::setKind);
        binder.forField(title).bind(RolloutEvent::getTitle, RolloutEvent::setTitle);
        binder.forField(note).bind(RolloutEvent::getNote, RolloutEvent::setNote);
        showsViolationsOf("date", date);
        showsViolationsOf("kind", kind);
        showsViolationsOf("title", title);
        showsViolationsOf("note", note);

        FormLayout layout = getContent();
        layout.add(date, kind, title, note);
        layout.setColspan(date, 2);
        layout.setColspan(title, 2);
        layout.setColspan(note, 2);
    }
}
