package fr.essor.rollout.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.modulith.NamedInterface;

/**
 * What another module adds to the toolbar of the deployments' list (export everything, import a deployment),
 * so that the list shows it without depending on that module.
 */
@NamedInterface("page-parts")
public interface DeploymentListAction {

    /** Actions follow each other by this, lowest first, between the filter and "New deployment". */
    int order();

    /**
     * @param openDeployment opens a deployment's page (the one just imported, say)
     * @return empty when the signed-in user may not do it
     */
    Optional<Component> create(LongConsumer openDeployment);
}
