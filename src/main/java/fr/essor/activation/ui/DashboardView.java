package fr.essor.activation.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.essor.activation.service.DashboardOverview;
import fr.essor.activation.service.DashboardOverview.DeploymentTrend;
import fr.essor.activation.service.DashboardService;
import fr.essor.base.domain.DatePrecision;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.rollout.ui.DeploymentLabels;
import fr.essor.component.apexchart.ApexChart;
import java.util.List;

/**
 * The home page: how many rollouts are tracked, how far they got, which one grows fastest, which ones
 * have fallen behind their target path, and a small curve for each.
 */
@Route("")
@PermitAll
@Menu(title = "menu.dashboard", order = 1)
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final Div headline = new Div();
    private final Div behind = new Div();
    private final Div trends = new Div();
    private final Paragraph empty = new Paragraph();

    DashboardView(DashboardService service) {
        DashboardOverview overview = service.overview();
        headline.addClassName("essor-headline");
        trends.addClassName("essor-trends");
        add(new H1(getTranslation("dashboard.title")));
        if (overview.trends().isEmpty()) {
            empty.setText(getTranslation("dashboard.empty"));
            Button start = new Button(getTranslation("dashboard.empty.action"),
                    click -> getUI().ifPresent(ui -> ui.navigate("deployments")));
            start.addThemeVariants(ButtonVariant.PRIMARY);
            add(empty, start);
            return;
        }
        showHeadline(overview);
        if (overview.fictitiousLeftOut() > 0) {
            Paragraph caption = new Paragraph(getTranslation("dashboard.fictitiousLeftOut", overview.fictitiousLeftOut()));
            caption.addClassName("essor-help");
            headline.add(caption);
        }
        showBehind(overview.trends());
        overview.trends().forEach(trend -> trends.add(trendCard(trend)));
        add(headline, behind, new H2(getTranslation("dashboard.trends")), trends);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }

    private void showHeadline(DashboardOverview overview) {
        headline.add(
                figure("dashboard.tracked", DisplayFormats.number(overview.deploymentsTracked(), getLocale()), ""),
                figure("dashboard.totalActive", DisplayFormats.number(overview.totalActiveUsers(), getLocale()), ""),
                figure("dashboard.medianRate", overview.medianRatePct() == null ? getTranslation("dashboard.none")
                        : DisplayFormats.percent(overview.medianRatePct(), getLocale()), ""),
                overview.fastestGrowing() == null
                        ? figure("dashboard.fastest", getTranslation("dashboard.none"), getTranslation("dashboard.fastest.none"))
                        : figure("dashboard.fastest", DeploymentLabels.name(this, getLocale(), overview.fastestGrowing().organisation(), overview.fastestGrowing().demo()),
                                getTranslation(overview.fastestGrowing().since().precision() == DatePrecision.DAY
                                                ? "dashboard.fastest.gain" : "dashboard.fastest.gainPeriod",
                                        DisplayFormats.decimal(overview.fastestGrowing().pointsGained(), getLocale()),
                                        DisplayFormats.date(overview.fastestGrowing().since(), getLocale()))));
    }

    private Component figure(String labelKey, String value, String detail) {
        Div card = new Div(new Span(getTranslation(labelKey)), new Span(value));
        card.addClassName("essor-figure");
        if (!detail.isEmpty()) {
            card.add(new Span(detail));
        }
        return card;
    }

    private void showBehind(List<DeploymentTrend> all) {
        List<DeploymentTrend> late = all.stream().filter(trend -> trend.behindTarget() != null).toList();
        behind.setVisible(!late.isEmpty());
        if (late.isEmpty()) {
            return;
        }
        behind.addClassName("essor-behind");
        behind.add(new H2(getTranslation("dashboard.behind")));
        late.forEach(trend -> behind.add(new Paragraph(behindText(trend))));
    }

    /** By the projection when there is one ("at this pace 80 % around March 2028, after the target date"), else the straight path. */
    private String behindText(DeploymentTrend trend) {
        var late = trend.behindTarget();
        String name = DeploymentLabels.name(this, getLocale(), trend.organisation(), trend.demo());
        if (late.projection() != null) {
            var projection = late.projection();
            OutlookTexts texts = new OutlookTexts(this, getLocale());
            String target = texts.wholePercent(projection.targetPct());
            return projection.crossing() == null
                    ? getTranslation("dashboard.behind.levelsOff", name, texts.wholePercent(projection.levelPct()), target)
                    : getTranslation("dashboard.behind.projectedLate", name, target, texts.month(projection.crossing().around()),
                            DisplayFormats.date(trend.monthly().targetDate(), getLocale()));
        }
        return getTranslation("dashboard.behind.line", name,
                DisplayFormats.percent(late.actualPct(), getLocale()), DisplayFormats.percent(late.expectedPct(), getLocale()),
                DisplayFormats.date(late.measuredOn(), getLocale()));
    }

    private Component trendCard(DeploymentTrend trend) {
        Div card = new Div();
        card.addClassName("essor-trend");
        // A plain link to the deployment's page: the page belongs to the deployment feature.
        card.add(new Anchor("deployment/" + trend.deploymentId(), DeploymentLabels.name(this, getLocale(), trend.organisation(), trend.demo())));
        if (trend.latest() == null) {
            card.add(new Span(getTranslation("dashboard.noMeasurement")));
            return card;
        }
        String rate = trend.latest().ratePct() == null ? "" : DisplayFormats.percent(trend.latest().ratePct(), getLocale());
        card.add(new Span(getTranslation("dashboard.latest", rate, DisplayFormats.date(trend.latest().date(), getLocale()))));
        ApexChart sparkline = new ApexChart();
        sparkline.setHeight("60px");
        sparkline.setOptions(new ActivationChartOptions(this, getLocale()).sparkline(trend.monthly()));
        card.add(sparkline);
        if (trend.behindTarget() != null) {
            Span flag = new Span(getTranslation("dashboard.behind.flag"));
            flag.getElement().getThemeList().add("badge error");
            card.add(flag);
        }
        return card;
    }
}
