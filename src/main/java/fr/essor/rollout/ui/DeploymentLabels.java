package fr.essor.rollout.ui;

import com.vaadin.flow.component.Component;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.GroupPolicy;
import fr.essor.rollout.Platform;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * How a deployment and its events read in the user's language, on this module's pages and on every other that
 * names them (the dashboard, the comparison, the chart's tables and files): written once, so none forgets a label.
 */
@NamedInterface("labels")
public final class DeploymentLabels {

    private DeploymentLabels() {
    }

    /** A deployment's name; a fictitious one always says so, wherever it is named (a file too: hence the locale). */
    public static String name(Component in, Locale locale, String organisation, boolean fictitious) {
        return fictitious ? in.getTranslation(locale, "deployment.demoName", organisation) : organisation;
    }

    /** An event's kind, and "planned" when it is (see {@link fr.essor.rollout.RolloutCalendar#planned}). */
    public static String eventKind(Component in, @Nullable EventKind kind, boolean planned) {
        String label = kind == null ? "" : in.getTranslation("eventKind." + kind.name());
        return planned ? in.getTranslation("milestone.kindPlanned", label) : label;
    }

    /** An event's title, then its note when it has one. */
    public static String eventDetails(String title, @Nullable String note) {
        return note == null || note.isBlank() ? title : title + " — " + note;
    }

    static String platform(Component in, @Nullable Platform platform, @Nullable String platformName) {
        String label = in.getTranslation(platform == null ? "platform.unknown" : "platform." + platform.name());
        return platformName == null || platformName.isBlank() ? label : label + " (" + platformName + ")";
    }

    static String platform(Component in, @Nullable Platform platform) {
        return platform(in, platform, null);
    }

    static String groupPolicy(Component in, @Nullable GroupPolicy policy) {
        return policy == null ? "" : in.getTranslation("groupPolicy." + policy.name());
    }
}
