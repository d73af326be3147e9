package fr.essor.rollout.ui;

import com.vaadin.flow.component.Component;
import fr.essor.rollout.GroupPolicy;
import fr.essor.rollout.Platform;
import org.jspecify.annotations.Nullable;

/** How a deployment's platform, policy and countries read in the user's language. */
final class DeploymentLabels {

    private DeploymentLabels() {
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
