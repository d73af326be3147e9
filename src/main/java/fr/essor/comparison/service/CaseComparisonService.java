package fr.essor.comparison.service;

import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.activation.service.Bucketing;
import fr.essor.activation.service.ChartPeriod;
import fr.essor.activation.service.EventMark;
import fr.essor.activation.service.OutlookService;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.forecast.domain.Pace;
import fr.essor.rollout.EventKind;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts deployments side by side: each curve aligned on months since its launch (month 0 = launch
 * month), months to reach 10 % and 25 % activation, and when each governance step was first taken.
 */
@Service
@Transactional(readOnly = true)
public class CaseComparisonService {

    public static final int MIN_COMPARED = 2;
    public static final int MAX_COMPARED = 6;

    private final DeploymentService deployments;
    private final ActivationSeriesService series;
    private final OutlookService outlook;

    CaseComparisonService(DeploymentService deployments, ActivationSeriesService series, OutlookService outlook) {
        this.deployments = deployments;
        this.series = series;
        this.outlook = outlook;
    }

    /** The deployments with these ids, in the order given; unknown ids are skipped. */
    public List<ComparedDeployment> compare(List<Long> ids) {
        List<Deployment> found = ids.stream().distinct().limit(MAX_COMPARED)
                .flatMap(id -> deployments.find(id).stream())
                .toList();
        Map<Long, Optional<Pace>> paces = outlook.paces(found.stream().map(Deployment::getId).collect(Collectors.toSet()));
        return found.stream().map(deployment -> compared(deployment, paces.get(deployment.getId()).orElse(null))).toList();
    }

    private ComparedDeployment compared(Deployment deployment, @Nullable Pace pace) {
        ActivationSeries monthly = series.series(deployment.getId(), ChartPeriod.ALL_TIME, Bucketing.MONTH);
        PartialDate launch = monthly.launch();
        List<SeriesPoint> rated = monthly.activeUsers().stream().filter(point -> point.ratePct() != null).toList();
        List<AlignedPoint> aligned = launch == null ? List.of()
                : rated.stream().map(point -> new AlignedPoint(launch.wholeMonthsUntil(point.plottedOn()), point)).toList();
        List<AlignedEvent> events = monthly.events().stream()
                .map(event -> new AlignedEvent(launch == null ? null : launch.wholeMonthsUntil(event.plottedOn()), event)).toList();
        return new ComparedDeployment(deployment.getId(), deployment.getOrganisation(), deployment.isReferenceCase(),
                deployment.isDemo(), deployment.getPlatform(), deployment.getPlatformName(), deployment.getHeadcount(),
                deployment.getCountriesPresent(), deployment.getProfessionalGroupsPct(), deployment.getGroupPolicy(),
                deployment.getSource(), monthly,
                rated.isEmpty() ? null : rated.getLast(),
                monthly.countriesReached().isEmpty() ? null : monthly.countriesReached().getLast(),
                monthsToReach(launch, aligned, BigDecimal.TEN), monthsToReach(launch, aligned, BigDecimal.valueOf(25)),
                aligned, governance(events), events, pace);
    }

    /**
     * A figure dated "2012" only proves the threshold was reached by the end of 2012: an approximate
     * crossing counts to the end of the period its date covers, and is an upper bound.
     */
    static @Nullable MonthsToReach monthsToReach(@Nullable PartialDate launch, List<AlignedPoint> aligned,
                                                 BigDecimal thresholdPct) {
        for (int i = 0; i < aligned.size(); i++) {
            AlignedPoint candidate = aligned.get(i);
            if (candidate.point().ratePct().compareTo(thresholdPct) >= 0) {
                boolean approximate = candidate.point().approximate();
                int months = approximate && launch != null ? launch.wholeMonthsUntil(candidate.point().date().end())
                        : candidate.monthsSinceLaunch();
                return new MonthsToReach(months, i == 0 || approximate);
            }
        }
        return null;
    }

    /** Each step at the month its event is drawn and listed at, so the table, the chart and the events agree. */
    private static Map<EventKind, GovernanceStep> governance(List<AlignedEvent> events) {
        Map<EventKind, GovernanceStep> first = new EnumMap<>(EventKind.class);
        for (AlignedEvent aligned : events) { // oldest first
            EventMark event = aligned.event();
            first.putIfAbsent(event.kind(), new GovernanceStep(event.kind(), event.date(), aligned.monthsSinceLaunch()));
        }
        return first;
    }
}
