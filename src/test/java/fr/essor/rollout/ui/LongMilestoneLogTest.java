package fr.essor.rollout.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.TestRollup;
import fr.essor.activation.service.EventMark;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.TimelineEntry;
import fr.essor.rollout.TimelineRow;
import fr.essor.rollout.TimelineFilter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ten years of daily figures, as a platform's usage export gives them, plus per-country rows: the log
 * opens on the newest, reads the database a page at a time and narrows by kind, dates and country.
 */
class LongMilestoneLogTest extends KaribuTest {

    private static final LocalDate FIRST = LocalDate.of(2016, 11, 25);
    private static final int DAYS = 3_650;

    @Autowired
    JdbcClient sql;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    MilestoneService service;

    private Deployment deployment;

    @BeforeEach
    void tenYearsOfDailyFigures() {
        deployment = testDeployments.create(100_000, 40);
        sql.sql("""
                insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, country_code)
                select 0, cast(:deployment as bigint), dateadd('DAY', x, cast(:first as date)), 'DAY', 100 + x, null
                from system_range(0, cast(:last as int))
                union all
                select 0, cast(:deployment as bigint), dateadd('DAY', x, cast(:first as date)), 'DAY', 10 + x, c.code
                from system_range(0, 59) cross join (values ('FR'), ('IN')) as c(code)""")
                .param("deployment", deployment.getId()).param("first", FIRST).param("last", DAYS - 1).update();
        TestRollup.rebuild(sql);
        testDeployments.event(deployment, PartialDate.ofDay(FIRST.plusDays(DAYS - 1)), EventKind.TRAINING_WAVE, "Vague 3");
        testDeployments.event(deployment, PartialDate.ofMonth(2020, 3), EventKind.USAGE_CHARTER, "Charte");
        UI.getCurrent().navigate("deployment/" + deployment.getId());
    }

    @SuppressWarnings("unchecked")
    private static Grid<TimelineEntry> log() {
        return _get(Grid.class, spec -> spec.withId("milestone-log"));
    }

    /** A filter of the log, by its label: the chart above has its own "Du" and "Au". */
    private static <T extends Component> T filter(Class<T> type, String label) {
        return _get(_get(MilestoneLog.class), type, spec -> spec.withLabel(label));
    }

    private static List<String> firstRows(int rows) {
        return java.util.stream.IntStream.range(0, rows)
                .mapToObj(row -> String.join(" | ", GridKt._getFormattedRow(log(), row).subList(0, 3)))
                .map(text -> text.replace('\u202F', ' ').replace('\u00A0', ' ')).toList();
    }

    @Test
    void the_charts_table_of_ten_years_scrolls_in_a_fixed_height_and_its_two_events_are_shown_whole() {
        _get(_get(fr.essor.activation.ui.ActivationChartPanel.class), com.vaadin.flow.component.details.Details.class).setOpened(true); // the tables are built when opened
        Grid<?> figures = gridOf(SeriesPoint.class);
        Grid<?> events = gridOf(EventMark.class);

        assertThat(GridKt._size(figures)).as("one row per month of ten years").isGreaterThan(100);
        assertThat(figures.isAllRowsVisible()).as("the browser asks for the rows it shows, a page at a time").isFalse();
        assertThat(figures.getHeight()).isEqualTo("28rem");
        assertThat(GridKt._size(events)).isEqualTo(2);
        assertThat(events.isAllRowsVisible()).isTrue();
    }

    private static Grid<?> gridOf(Class<?> rows) {
        return _find(Grid.class).stream().filter(grid -> grid.getGenericDataView().getItems().anyMatch(rows::isInstance))
                .findFirst().orElseThrow();
    }

    @Test
    void the_log_opens_on_the_newest_day_and_is_read_from_the_database_a_page_at_a_time() {
        _get(Span.class, spec -> spec.withText("3\u202F652 jalons"));
        assertThat(log().getDataProvider().isInMemory()).as("rows fetched page by page").isFalse();
        assertThat(log().isAllRowsVisible()).as("a long log scrolls inside the grid").isFalse();
        assertThat(GridKt._size(log())).isEqualTo(3_652);
        // On the same day, the event comes before the figure it explains.
        assertThat(firstRows(2)).containsExactly(
                "22 novembre 2026 | Vague de formation | Vague 3",
                "22 novembre 2026 | Mesure | 3 749 utilisateurs actifs");
        assertThat(service.timelinePage(deployment.getId(), TimelineFilter.EVERYTHING, 0, MilestoneLog.PAGE_SIZE))
                .hasSize(MilestoneLog.PAGE_SIZE);
    }

    @Test
    void the_page_order_is_the_timelines_order_however_it_is_cut() {
        List<TimelineEntry> whole = service.timeline(deployment.getId());
        List<TimelineRow> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 500) {
            paged.addAll(service.timelinePage(deployment.getId(), TimelineFilter.EVERYTHING, offset, 500));
        }
        assertThat(paged).extracting(TimelineRow::id)
                .containsExactlyElementsOf(whole.stream().map(entry -> entry.milestone().getId()).toList());
    }

    @Test
    void kind_dates_and_country_narrow_the_log() {
        @SuppressWarnings("unchecked")
        Select<TimelineFilter.Kind> kind = filter(Select.class, "Afficher");
        _setValue(kind, TimelineFilter.Kind.EVENTS);
        assertThat(GridKt._size(log())).isEqualTo(2);

        _setValue(kind, TimelineFilter.Kind.MEASUREMENTS);
        _setValue(filter(DatePicker.class, "Du"), LocalDate.of(2020, 3, 1));
        _setValue(filter(DatePicker.class, "Au"), LocalDate.of(2020, 3, 31));
        _get(Span.class, spec -> spec.withText("31 jalons"));
        assertThat(firstRows(1).getFirst()).startsWith("31 mars 2020 | Mesure");

        @SuppressWarnings("unchecked")
        ComboBox<String> country = filter(ComboBox.class, "Pays");
        assertThat(country.getListDataView().getItems()).containsExactly("FR", "IN");
        _setValue(filter(DatePicker.class, "Du"), null);
        _setValue(filter(DatePicker.class, "Au"), null);
        _setValue(country, "IN");
        assertThat(GridKt._size(log())).isEqualTo(60);
        assertThat(firstRows(1).getFirst()).contains("69 utilisateurs actifs");
    }

    @Test
    void a_filter_nothing_matches_says_so_instead_of_an_empty_grid() {
        _setValue(filter(DatePicker.class, "Du"), LocalDate.of(2010, 1, 1));
        _setValue(filter(DatePicker.class, "Au"), LocalDate.of(2010, 12, 31));
        assertThat(_find(Grid.class, spec -> spec.withId("milestone-log"))).isEmpty();
        _get(Paragraph.class, spec -> spec.withText("Aucun jalon ne correspond à ces filtres."));
    }
}
