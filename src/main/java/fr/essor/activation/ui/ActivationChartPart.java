package fr.essor.activation.ui;

import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.activation.service.OutlookService;
import fr.essor.rollout.ui.DeploymentPagePart;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The activation chart of a deployment's page, under its facts; redrawn when a milestone is logged. */
@Component
class ActivationChartPart implements DeploymentPagePart {

    private final ActivationSeriesService series;
    private final OutlookService outlook;
    private final Clock clock;

    ActivationChartPart(ActivationSeriesService series, OutlookService outlook, Clock clock) {
        this.series = series;
        this.outlook = outlook;
        this.clock = clock;
    }

    @Override
    public Place place() {
        return Place.UNDER_FACTS;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Part> create(long deploymentId, String organisation, Runnable reloadPage) {
        ActivationChartPanel panel = new ActivationChartPanel(series, outlook, deploymentId, clock);
        return Optional.of(Part.of(panel, panel::refresh));
    }
}
