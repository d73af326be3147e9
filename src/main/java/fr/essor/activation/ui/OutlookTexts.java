package fr.essor.activation.ui;

import com.vaadin.flow.component.Component;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.forecast.domain.AdoptionCurve;
import fr.essor.forecast.domain.Pace;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.forecast.domain.Projection;
import fr.essor.forecast.domain.TargetCrossing;
import fr.essor.forecast.service.ForecastService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;

/**
 * The projection and the pace in plain words, in the reader's language. Shared by the deployment page, the
 * dashboard and the comparison page: the one piece of this module's pages that another module shows.
 */
@NamedInterface("outlook-texts")
public final class OutlookTexts {

    private final Component in;
    private final Locale locale;

    public OutlookTexts(Component in, Locale locale) {
        this.in = in;
        this.locale = locale;
    }

    /** "At this pace, 80 % is reached around March 2028 (between November 2027 and September 2028)", or why not. */
    public String sentence(Projection projection) {
        return switch (projection) {
            case Projection.NotEnoughHistory missing -> in.getTranslation(locale, "forecast.notEnough", history(missing));
            case Projection.PoorFit poor -> in.getTranslation(locale, "forecast.poorFit", points(poor.rmsePoints()),
                    points(ForecastService.POOR_FIT_RMSE_POINTS));
            case Projection.Drawn drawn -> drawnSentence(drawn) + falling(drawn) + wideBand(drawn);
        };
    }

    /** "2 months measured, 1 month apart", "a single month measured": the projection reads one figure a month. */
    private String history(Projection.NotEnoughHistory missing) {
        String measurements = in.getTranslation(locale, "forecast.history", missing.measurements());
        return missing.measurements() < 2 ? measurements
                : measurements + ", " + in.getTranslation(locale, "forecast.historySpan", missing.monthsSpanned());
    }

    /**
     * " Activation has been falling for about three months, though (…)": the dashed curve never falls, so a sentence
     * about where it levels off read as "stable" under a rate going down.
     */
    private String falling(Projection.Drawn drawn) {
        Double recent = drawn.recentGainPerMonth();
        if (recent == null || recent >= 0) {
            return "";
        }
        ProjectedPoint horizon = drawn.atHorizon();
        return " " + in.getTranslation(locale, "forecast.falling", points(-recent), wholePercent(horizon.lowPct()),
                month(YearMonth.from(horizon.day())));
    }

    /** Beyond this width at the horizon, the band says more than the curve: the sentence says so. */
    static final double WIDE_BAND_POINTS = 50;

    /**
     * " The band is very wide (12 % to 97 % by June 2028): …", or nothing: a young rollout's band can span most of
     * the scale, and a sentence that only gave the curve's level would read as more certain than the chart.
     */
    private String wideBand(Projection.Drawn drawn) {
        ProjectedPoint horizon = drawn.atHorizon();
        if (horizon.highPct() - horizon.lowPct() < WIDE_BAND_POINTS) {
            return "";
        }
        return " " + in.getTranslation(locale, "forecast.wideBand", wholePercent(horizon.lowPct()), wholePercent(horizon.highPct()),
                month(YearMonth.from(horizon.day())));
    }

    private String drawnSentence(Projection.Drawn drawn) {
        String ceiling = wholePercent(drawn.levelPct());
        if (drawn.targetPct() == null) {
            return in.getTranslation(locale, "forecast.noTarget", ceiling);
        }
        String target = wholePercent(drawn.targetPct());
        if (drawn.targetAlreadyReached()) {
            return in.getTranslation(locale, "forecast.alreadyReached", target, ceiling);
        }
        TargetCrossing crossing = drawn.crossing();
        YearMonth bandReaches = drawn.bandReachesTargetIn();
        LocalDate due = drawn.targetDate();
        if (bandReaches != null && due != null && bandReaches.isAfter(YearMonth.from(due))) {
            // Reached by the band, but after the deadline: not "within reach" for the steering committee.
            return in.getTranslation(locale, "forecast.levelsOffBandReachesLate", ceiling, target, month(bandReaches),
                    DisplayFormats.date(PartialDate.ofDay(due), locale));
        }
        if (bandReaches != null) {
            return in.getTranslation(locale, "forecast.levelsOffBandReaches", ceiling, target, month(bandReaches));
        }
        if (drawn.levelsOffBelowTarget() || crossing == null) {
            return in.getTranslation(locale, "forecast.levelsOff", ceiling, target);
        }
        return crossing.latest() == null
                ? in.getTranslation(locale, "forecast.reachedNoLatest", target, month(crossing.around()), month(crossing.earliest()))
                : in.getTranslation(locale, "forecast.reached", target, month(crossing.around()), month(crossing.earliest()),
                        month(crossing.latest()));
    }

    /** Below this typical gap, the curve passes through the measurements: nothing is said yet about the fit. */
    static final double EXACT_FIT_POINTS = 0.05;

    /** Ceiling, speed and inflection of the fitted curve, and what "poor" means; with the note on year-only dates. */
    public String details(Projection projection) {
        String leftOut = projection.leftOutYearOnly() == 0 ? ""
                : in.getTranslation(locale, "forecast.leftOut", projection.leftOutYearOnly());
        if (!(projection instanceof Projection.Drawn drawn)) {
            return leftOut;
        }
        AdoptionCurve curve = drawn.curve();
        YearMonth inflection = YearMonth.from(drawn.origin().plusDays(Math.round(curve.inflectionMonth() * 365.2425 / 12)));
        String text = in.getTranslation(locale, "forecast.curve", wholePercent(curve.ceilingPct()), points(curve.fastestPointsPerMonth()),
                month(inflection), points(drawn.rmsePoints()), points(ForecastService.POOR_FIT_RMSE_POINTS));
        Double recent = drawn.recentGainPerMonth();
        text += " " + (recent == null ? in.getTranslation(locale, "forecast.curveOnly")
                : in.getTranslation(locale, recent < 0 ? "forecast.recentFall" : "forecast.recentPace", points(Math.abs(recent))));
        if (Math.abs(drawn.anchorPct()) >= 0.05) {
            text += " " + in.getTranslation(locale, "forecast.anchor", points(drawn.anchorPct(), signedDecimal(drawn.anchorPct())),
                    wholePercent(drawn.levelPct()));
        }
        if (drawn.rmsePoints() < EXACT_FIT_POINTS) {
            // Three measurements: a three-parameter curve passes through each, and a gap of 0.0 would read as a perfect fit.
            text += " " + in.getTranslation(locale, "forecast.exactFit");
        }
        return leftOut.isEmpty() ? text : text + " " + leftOut;
    }

    /** "Month 14: 31 %, ahead of 2 of the 3 cases with a figure near month 14", then which cases. */
    public String pace(Pace pace) {
        if (pace.cases() == 0) {
            return paceHeadline(pace);
        }
        String cases = pace.references().stream().map(reference -> in.getTranslation(locale, reference.approximate() ? "forecast.paceCaseApprox" : "forecast.paceCase", reference.organisation(),
                String.valueOf(reference.month()), DisplayFormats.percent(BigDecimal.valueOf(reference.ratePct()), locale)))
                .collect(Collectors.joining(separator()));
        boolean approximate = pace.approximate() || pace.references().stream().anyMatch(Pace.PaceReference::approximate);
        return paceHeadline(pace) + " " + in.getTranslation(locale, "forecast.paceCases", cases)
                + (approximate ? " " + in.getTranslation(locale, "forecast.paceApproxNote") : "");
    }

    /** The pace in one sentence, without the list of cases: for a table cell. */
    public String paceHeadline(Pace pace) {
        String month = (pace.approximate() ? "≈" : "") + pace.month();
        String rate = DisplayFormats.percent(BigDecimal.valueOf(pace.ratePct()), locale);
        if (pace.cases() == 0) {
            return in.getTranslation(locale, "forecast.paceNone", month, rate);
        }
        // "Ahead of 0 of 2 cases" reads as a riddle: behind them all, said so.
        return in.getTranslation(locale, pace.ahead() == 0 ? "forecast.paceBehindAll" : "forecast.pace", month, rate,
                String.valueOf(pace.ahead()), pace.cases());
    }

    /** French puts a space before a semicolon. */
    private String separator() {
        return locale.getLanguage().equals("fr") ? " ; " : "; ";
    }

    public String month(YearMonth month) {
        return DisplayFormats.date(PartialDate.ofMonth(month.getYear(), month.getMonthValue()), locale);
    }

    public String wholePercent(double pct) {
        return DisplayFormats.wholePercent(Math.round(pct), locale);
    }

    /** "+3,1" or "−0,4" (a true minus sign): which side of the curve the last measurement lies. */
    private String signedDecimal(double value) {
        String magnitude = decimal(Math.abs(value));
        return (value >= 0 ? "+" : "\u2212") + magnitude;
    }

    public String decimal(double value) {
        return DisplayFormats.decimal(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP), locale);
    }

    /** "0,4 point", "3,1 points": French keeps the singular below two. */
    public String points(double value) {
        return points(value, decimal(value));
    }

    /** The unit agrees with the magnitude as shown (one decimal), whatever its sign. */
    private String points(double value, String shown) {
        double magnitude = Math.abs(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue());
        return in.getTranslation(locale, "forecast.points", magnitude, shown);
    }
}
