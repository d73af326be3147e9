package fr.essor.comparison.ui;

import com.vaadin.flow.component.Component;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.activation.ui.OutlookTexts;
import fr.essor.comparison.service.ComparedDeployment;
import fr.essor.comparison.service.GovernanceStep;
import fr.essor.comparison.service.MarketBenchmarks;
import fr.essor.comparison.service.MarketFigure;
import fr.essor.comparison.service.MonthsToReach;
import fr.essor.rollout.EventKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Builds the rows of the side-by-side table, each cell written in the reader's language. */
final class ComparisonTable {

    /** The governance steps the articles name, in the order a rollout usually takes them. */
    static final List<EventKind> GOVERNANCE = List.of(EventKind.PILOT, EventKind.USAGE_CHARTER, EventKind.DEDICATED_TEAM,
            EventKind.AMBASSADOR_PROGRAMME, EventKind.TRAINING_WAVE, EventKind.COMMUNICATION_CAMPAIGN,
            EventKind.MONITORING, EventKind.ROI_REVIEW);

    private final Component in;
    private final Locale locale;
    private final MarketBenchmarks market;
    /** The deployments of the rows being built, for their spreadsheet values. */
    private List<ComparedDeployment> exporting = List.of();

    ComparisonTable(Component in, Locale locale, MarketBenchmarks market) {
        this.in = in;
        this.locale = locale;
        this.market = market;
    }

    List<ComparisonRow> rows(List<ComparedDeployment> compared) {
        exporting = compared;
        List<ComparisonRow> rows = new ArrayList<>();
        rows.add(row("platform", compared, this::platform, null, ""));
        rows.add(exported(row("launch", compared, d -> d.monthly().launch() == null ? t("compare.launchUnknown")
                : DisplayFormats.date(d.monthly().launch(), locale), null, ""), false, d -> iso(d.monthly().launch())));
        rows.add(exported(row("headcount", compared, d -> DisplayFormats.number(d.headcount(), locale), null, ""),
                false, ComparedDeployment::headcount));
        rows.add(exported(row("countriesPresent", compared, d -> d.countriesPresent() == null ? t("compare.notLogged")
                : DisplayFormats.number(d.countriesPresent(), locale), null, ""),
                false, ComparedDeployment::countriesPresent));
        rows.add(exported(row("countriesReached", compared, d -> d.latestReach() == null ? t("compare.notLogged")
                : DisplayFormats.number(d.latestReach().value(), locale), best(compared, d -> reachShare(d), true), ""),
                false, d -> d.latestReach() == null ? null : d.latestReach().value()));
        rows.add(exported(row("activeUsers", compared, d -> d.latest() == null ? t("compare.notLogged")
                : t("compare.valueOn", DisplayFormats.number(d.latest().value(), locale), DisplayFormats.date(d.latest().date(), locale)),
                null, ""), false, d -> d.latest() == null ? null : d.latest().value()));
        rows.add(exported(row("activation", compared, d -> d.latest() == null ? t("compare.notLogged")
                : DisplayFormats.percent(d.latest().ratePct(), locale), best(compared, d -> d.latest() == null ? null : d.latest().ratePct(), true), ""),
                true, d -> d.latest() == null ? null : d.latest().ratePct()));
        OutlookTexts outlook = new OutlookTexts(in, locale);
        // The headline only: the other columns are the cases it is measured against.
        rows.add(exported(row("pace", compared, d -> d.pace() == null ? t("compare.notLogged") : outlook.paceHeadline(d.pace()), null, ""),
                false, d -> d.pace() == null ? null : outlook.paceHeadline(d.pace())));
        rows.add(exported(row("monthsTo10", compared, d -> months(d, d.monthsTo10()), fewest(compared, ComparedDeployment::monthsTo10), ""),
                false, d -> monthsFigure(d.monthsTo10())));
        rows.add(exported(row("monthsTo25", compared, d -> months(d, d.monthsTo25()), fewest(compared, ComparedDeployment::monthsTo25), ""),
                false, d -> monthsFigure(d.monthsTo25())));
        rows.add(exported(row("professionalGroups", compared, d -> d.professionalGroupsPct() == null ? ""
                : t("compare.percent", d.professionalGroupsPct()), null, ""), true, ComparedDeployment::professionalGroupsPct));
        rows.add(row("groupPolicy", compared, d -> d.groupPolicy() == null ? "" : t("groupPolicy." + d.groupPolicy().name()), null, ""));
        for (EventKind kind : GOVERNANCE) {
            rows.add(exported(row("governance." + kind.name(), t("eventKind." + kind.name()), compared, d -> step(d.governance().get(kind)),
                    null, market.forGovernanceStep(kind).map(figure -> marketText(kind, figure)).orElse("")),
                    false, d -> d.governance().get(kind) == null ? null : iso(d.governance().get(kind).date())));
        }
        rows.add(row("source", compared, d -> d.source() == null ? "" : d.source(), null, ""));
        return rows;
    }

    /**
     * The row as a spreadsheet gets it: numbers as numbers (a percentage's unit in its label), dates in
     * ISO 8601. A deployment without a value keeps the table's text ("—", "not yet").
     */
    private ComparisonRow exported(ComparisonRow row, boolean percent, Function<ComparedDeployment, @Nullable Object> value) {
        Map<Long, Object> values = new LinkedHashMap<>();
        exporting.forEach(d -> {
            Object v = value.apply(d);
            if (v != null) {
                values.put(d.id(), v);
            }
        });
        return new ComparisonRow(row.key(), row.label(), row.cells(), row.best(), row.market(),
                percent ? row.label() + " (%)" : row.label(), values);
    }

    /** An exact figure is a number; an upper bound keeps its sign, "≤ 24", so no one sums it as exact. */
    private static @Nullable Object monthsFigure(@Nullable MonthsToReach months) {
        return months == null ? null : months.atMost() ? "≤ " + months.months() : Integer.valueOf(months.months());
    }

    /** ISO 8601 to the precision known: "2012", "2010-12", "2011-06-15". */
    private static @Nullable String iso(@Nullable PartialDate date) {
        return date == null ? null : date.iso();
    }

    private ComparisonRow row(String key, List<ComparedDeployment> compared, Function<ComparedDeployment, String> cell,
                              @Nullable Set<Long> best, String marketText) {
        return row(key, t("compare.row." + key), compared, cell, best, marketText);
    }

    private ComparisonRow row(String key, String label, List<ComparedDeployment> compared,
                              Function<ComparedDeployment, String> cell, @Nullable Set<Long> best, String marketText) {
        Map<Long, String> cells = new LinkedHashMap<>();
        compared.forEach(d -> cells.put(d.id(), cell.apply(d)));
        return new ComparisonRow(key, label, cells, best == null ? Set.of() : best, marketText, label, Map.of());
    }

    /** The ids holding the highest (or lowest) value of the row; none when fewer than two have one. */
    private static Set<Long> best(List<ComparedDeployment> compared, Function<ComparedDeployment, @Nullable BigDecimal> value,
                                  boolean highest) {
        List<ComparedDeployment> valued = compared.stream().filter(d -> value.apply(d) != null).toList();
        if (valued.size() < 2) {
            return Set.of();
        }
        Comparator<BigDecimal> order = highest ? Comparator.naturalOrder() : Comparator.reverseOrder();
        BigDecimal top = valued.stream().map(value).filter(Objects::nonNull).max(order).orElseThrow();
        return valued.stream().filter(d -> value.apply(d).compareTo(top) == 0).map(ComparedDeployment::id).collect(Collectors.toSet());
    }

    private static @Nullable BigDecimal reachShare(ComparedDeployment d) {
        SeriesPoint reach = d.latestReach();
        return reach == null ? null : reach.ratePct();
    }

    /** Upper bounds are not exact figures: the service's rule says which cells certainly rank first. */
    private static Set<Long> fewest(List<ComparedDeployment> compared, Function<ComparedDeployment, @Nullable MonthsToReach> months) {
        Map<Long, MonthsToReach> figures = new LinkedHashMap<>();
        compared.forEach(d -> {
            MonthsToReach figure = months.apply(d);
            if (figure != null) {
                figures.put(d.id(), figure);
            }
        });
        return MonthsToReach.certainlyFewest(figures);
    }

    private String months(ComparedDeployment d, @Nullable MonthsToReach months) {
        if (!d.launchKnown()) {
            return t("compare.launchUnknown");
        }
        if (months == null) {
            return t("compare.notYet");
        }
        if (months.months() < 0) {
            // Crossed during a pilot, before the launch: said so, rather than as a negative count of months.
            return t(months.atMost() ? "compare.monthsBeforeLaunchAtLeast" : "compare.monthsBeforeLaunch", -months.months());
        }
        return t(months.atMost() ? "compare.monthsAtMost" : "compare.months", months.months());
    }

    private String platform(ComparedDeployment d) {
        String name = t(d.platform() == null ? "platform.unknown" : "platform." + d.platform().name());
        String label = d.platformName() == null || d.platformName().isBlank() ? name : name + " (" + d.platformName() + ")";
        return d.platform() == null ? label : market.forPlatform(d.platform())
                .map(figure -> t("compare.platformShare", label, t("compare.market.platform." + d.platform().name(),
                        figure.valuePct().stripTrailingZeros().toPlainString(), figure.survey(), figure.year())))
                .orElse(label);
    }

    private String step(@Nullable GovernanceStep step) {
        if (step == null) {
            return t("compare.notLogged");
        }
        String date = DisplayFormats.date(step.date(), locale);
        return step.monthsSinceLaunch() == null ? date : t("compare.stepAt", step.monthsSinceLaunch(), date);
    }

    String marketText(EventKind kind, MarketFigure figure) {
        return t("compare.market.step." + kind.name(), figure.valuePct().stripTrailingZeros().toPlainString(),
                figure.survey(), figure.year());
    }

    private String t(String key, Object... arguments) {
        return in.getTranslation(locale, key, arguments);
    }
}
