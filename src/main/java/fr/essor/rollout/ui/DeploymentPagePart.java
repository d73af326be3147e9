package fr.essor.rollout.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What another module adds to a deployment's page: the activation chart, the exports, the imports, the change
 * history. Each is a Spring bean; the page asks every one for its part when it opens a deployment, so it shows
 * them without depending on the modules that draw them.
 */
@NamedInterface("page-parts")
public interface DeploymentPagePart {

    /** Where on the page: under the deployment's facts, or under its milestone log. */
    enum Place { UNDER_FACTS, UNDER_LOG }

    Place place();

    /** Parts in one place follow each other by this, lowest first. */
    int order();

    /**
     * @param organisation the deployment's name, for the part's titles
     * @param reloadPage asks the page to read the deployment again and refresh every part (after an import, say)
     * @return empty when the signed-in user has nothing to see or do in this part
     */
    Optional<Part> create(long deploymentId, String organisation, Runnable reloadPage);

    /**
     * A part: what the page shows, a button it may add to its header, and what to do when the page reloads
     * (a milestone logged, an import undone).
     */
    record Part(Component content, Optional<Component> headerAction, Runnable refresh) {

        public static Part of(Component content, Runnable refresh) {
            return new Part(content, Optional.empty(), refresh);
        }
    }
}
