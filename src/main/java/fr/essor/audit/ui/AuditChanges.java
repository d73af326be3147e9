package fr.essor.audit.ui;

import fr.essor.audit.service.AuditRecord;
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

    /** @param translate turns a field's key into its label, as the forms show it */
    public static String describe(AuditRecord change, Function<String, String> translate) {
        Set<String> keys = new LinkedHashSet<>(change.before().keySet());
        keys.addAll(change.after().keySet());
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            String before = shown(change.before(), key);
            String after = shown(change.after(), key);
            if (before.equals(after) || (change.before().isEmpty() && after.isEmpty())
                    || (change.after().isEmpty() && before.isEmpty())) {
                continue;
            }
            String label = translate.apply(key);
            parts.add(change.before().isEmpty() ? label + " : " + after
                    : change.after().isEmpty() ? label + " : " + before
                    : label + " : " + (before.isEmpty() ? "—" : before) + " → " + (after.isEmpty() ? "—" : after));
        }
        return String.join(" ; ", parts);
    }

    private static String shown(Map<String, String> fields, String key) {
        String value = fields.get(key);
        return value == null ? "" : value;
    }
}
