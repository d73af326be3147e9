package fr.essor.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the year, the month or the day: a year, then an optional month, then an optional
 * day. Only real dates can be picked (the day list follows the month); a year that is not a number
 * leaves the field {@link #isUnreadable() unreadable}.
 */
public class PartialDateField extends CustomField<@Nullable PartialDate> {

    private final TextField year = new TextField();
    private final Select<Integer> month = new Select<>();
    private final Select<Integer> day = new Select<>();
    /** Set while the parts are filled from a value, so that the half-filled parts are not read back. */
    private boolean presenting;

    public PartialDateField(String label) {
        setLabel(label);
        year.setPlaceholder(getTranslation("date.year"));
        year.setMaxLength(4);
        year.setWidth("6em");
        year.setAriaLabel(getTranslation("date.year"));
        month.setPlaceholder(getTranslation("date.month"));
        month.setAriaLabel(getTranslation("date.month"));
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(getTranslation("date.month.unknown"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> m == null ? "" : Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        day.setPlaceholder(getTranslation("date.day"));
        day.setAriaLabel(getTranslation("date.day"));
        day.setEmptySelectionAllowed(true);
        day.setEmptySelectionCaption(getTranslation("date.day.unknown"));
        day.setWidth("10.5em"); // room for "Day unknown" / "Jour inconnu" with its arrow
        month.setWidth("11em");
        month.addValueChangeListener(change -> {
            refreshDays();
            updateFromParts();
        });
        year.addValueChangeListener(change -> {
            refreshDays();
            updateFromParts();
        });
        day.addValueChangeListener(change -> updateFromParts());
        refreshDays();
        Div row = new Div(year, month, day);
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        add(row);
    }

    /** True when something was typed in the year that is not a year. */
    public boolean isUnreadable() {
        return !year.getValue().isBlank() && parsedYear() == null;
    }

    @Override
    protected @Nullable PartialDate generateModelValue() {
        Integer y = parsedYear();
        if (y == null) {
            return null;
        }
        if (month.getValue() == null) {
            return PartialDate.ofYear(y);
        }
        if (day.getValue() == null) {
            return PartialDate.ofMonth(y, month.getValue());
        }
        return PartialDate.ofDay(LocalDate.of(y, month.getValue(), day.getValue()));
    }

    @Override
    protected void setPresentationValue(@Nullable PartialDate date) {
        presenting = true;
        try {
            present(date);
        } finally {
            presenting = false;
        }
    }

    private void present(@Nullable PartialDate date) {
        year.setValue(date == null ? "" : Integer.toString(date.year()));
        month.setValue(date == null || date.precision() == DatePrecision.YEAR
                ? null : date.start().getMonthValue());
        refreshDays();
        day.setValue(date == null || date.precision() != DatePrecision.DAY
                ? null : date.start().getDayOfMonth());
    }

    private void updateFromParts() {
        if (!presenting) {
            updateValue();
        }
    }

    private void refreshDays() {
        Integer y = parsedYear();
        Integer m = month.getValue();
        Integer chosen = day.getValue();
        int length = m == null ? 31 : YearMonth.of(y == null ? 2000 : y, m).lengthOfMonth();
        List<Integer> days = IntStream.rangeClosed(1, length).boxed().toList();
        day.setItems(days);
        day.setEnabled(m != null);
        day.setValue(m != null && chosen != null && chosen <= length ? chosen : null);
    }

    private @Nullable Integer parsedYear() {
        String text = year.getValue().strip();
        return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }
}
