package fr.essor.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.essor.audit.service.AuditRecord;
import java.time.ZoneId;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A change told in one line of text, "label: before → after" for each field that changed; for a creation
 * or a removal, each field that had a value. Plain text: grids show it as text, never as markup.
 */
public final class AuditChanges {

    private AuditChanges() {
    }

    /**
     * The columns every list of changes shows, in this order: when (in the user's zone), who, what, and the
     * values before and after. A page adds its own columns and orders them with the keys used here.
     */
    public static void addColumns(Grid<AuditRecord> grid, Component in, Locale locale, ZoneId zone) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(change -> when.format(change.changedAt())).setKey("when")
                .setHeader(in.getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::username).setKey("who").setHeader(in.getTranslation("audit.who"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(change -> in.getTranslation("audit.action." + change.action()) + " · "
                        + in.getTranslation("audit.subject." + change.subject()))
                .setKey("what").setHeader(in.getTranslation("audit.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(change -> describe(change, in::getTranslation)).setKey("changes")
                .setHeader(in.getTranslation("audit.changes")).setFlexGrow(1);
    }

    /** @param translate turns a field's key into its label, as the forms show it */
    public static String describe(AuditRecord change, Function<String, String> translate) {
        Set<String> keys = new LinkedHashSet<>(change.before().keySet());
        keys.addAll(change.after().keySet());
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            String before = shown(change.before(), key, translate);
            String after = shown(change.after(), key, translate);
            if (before.equals(after) || (change.before().isEmpty() && after.isEmpty())
                    || (change.after().isEmpty() && before.isEmpty())) {
                continue;
            }
            // "Effectif : 1000 → 2000 ; …" in French, "Headcount: 1000 → 2000; …" in English: the bundle's punctuation.
            String label = translate.apply(key) + translate.apply("audit.separator.field");
            parts.add(change.before().isEmpty() ? label + after
                    : change.after().isEmpty() ? label + before
                    : label + (before.isEmpty() ? "—" : before) + " → " + (after.isEmpty() ? "—" : after));
        }
        return String.join(translate.apply("audit.separator.list"), parts);
    }

    /** Fields kept as a code (an enum's name, a yes/no): shown with the label the forms give that code. */
    private static final Map<String, String> CODE_LABELS = Map.of(
            "deployment.platform", "platform.",
            "deployment.groupPolicy", "groupPolicy.",
            "event.kind", "eventKind.",
            "deployment.referenceCase", "audit.value.");

    private static String shown(Map<String, String> fields, String key, Function<String, String> translate) {
        String value = fields.get(key);
        if (value == null) {
            return "";
        }
        String codes = CODE_LABELS.get(key);
        return codes == null || value.isEmpty() ? value : translate.apply(codes + value);
    }
}
