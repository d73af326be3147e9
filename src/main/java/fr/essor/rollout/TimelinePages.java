package fr.essor.rollout;

import fr.essor.base.cache.SharedCache;
import fr.essor.base.cache.SharedCaches;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a deployment's log a page at a time: ten years of daily figures are 3,650 rows, and the
 * per-country rows of an export many more, so neither the server nor the browser holds them all.
 * The database sorts measurements and events together ({@link #NEWEST_FIRST}, the timeline's only order)
 * and returns one page of ids; only that page's rows are read, and kept for every session as records.
 */
@Component
class TimelinePages {

    /** Deployments whose log size and countries are kept until a write: every visit of a page asks them. */
    private static final int KEPT = 2_000;

    /**
     * Pages kept until a write: every visit of a deployment's page reads its log's first page, and turning 50 rows
     * into entities was 8 % of the processor under load (bench/load.sh). About 15 KB a page.
     */
    private static final int PAGES_KEPT = 200;

    /**
     * The timeline's order, for the log's pages and the whole timeline alike: newest first; on a date, the more
     * precise first (a day before its month, a month before its year), then events before measurements ('E' before
     * 'M'), since what was done explains what was measured; then the latest logged first.
     */
    private static final String NEWEST_FIRST = "happened_on desc, precision_rank desc, kind, id desc";

    private record CountOf(long deploymentId, TimelineFilter filter) {
    }

    private record PageOf(long deploymentId, TimelineFilter filter, int offset, int limit) {
    }

    private final JdbcClient sql;
    private final MeasurementRepository measurements;
    private final RolloutEventRepository events;
    private final SharedCache<CountOf, Integer> counts;
    private final SharedCache<Long, List<String>> countries;
    private final SharedCache<PageOf, List<TimelineRow>> pages;

    TimelinePages(JdbcClient sql, MeasurementRepository measurements, RolloutEventRepository events, SharedCaches caches) {
        this.sql = sql;
        this.measurements = measurements;
        this.events = events;
        this.counts = caches.ofReads("timeline-counts", KEPT,
                (CountOf of) -> query(of.deploymentId(), of.filter(), "select count(*) from (%s) t").query(Integer.class).single());
        this.countries = caches.ofReads("timeline-countries", KEPT, (Long deploymentId) -> List.copyOf(readCountries(deploymentId)));
        this.pages = caches.ofReads("timeline-pages", PAGES_KEPT, (PageOf of) -> entries(of.deploymentId(), of.filter(),
                " offset " + Math.max(0, of.offset()) + " rows fetch next " + Math.max(0, of.limit()) + " rows only")
                .stream().map(TimelinePages::row).toList());
    }

    /** One page of the log, shared between sessions: copies, never the entities themselves. */
    List<TimelineRow> page(long deploymentId, TimelineFilter filter, int offset, int limit) {
        return pages.get(new PageOf(deploymentId, filter, offset, limit));
    }

    /** The whole timeline in the same order, with its stored milestones: read afresh for its one caller. */
    List<TimelineEntry> whole(long deploymentId) {
        return entries(deploymentId, TimelineFilter.EVERYTHING, "");
    }

    private static TimelineRow row(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.MeasurementEntry measured -> TimelineRow.MeasurementRow.of(measured.milestone());
            case TimelineEntry.EventEntry happened -> TimelineRow.EventRow.of(happened.milestone());
        };
    }

    private List<TimelineEntry> entries(long deploymentId, TimelineFilter filter, String rowsWanted) {
        List<Row> rows = query(deploymentId, filter, "select kind, id from (%s) t order by " + NEWEST_FIRST + rowsWanted)
                .query((row, index) -> new Row(row.getString("kind"), row.getLong("id")))
                .list();
        Map<Long, Measurement> measured = byId(measurements.findAllById(idsOf(rows, "M")), Measurement::getId);
        Map<Long, RolloutEvent> happened = byId(events.findAllById(idsOf(rows, "E")), RolloutEvent::getId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Row row : rows) {
            // A row removed between the two reads is simply left out.
            if (row.kind().equals("M") && measured.containsKey(row.id())) {
                entries.add(new TimelineEntry.MeasurementEntry(measured.get(row.id())));
            } else if (row.kind().equals("E") && happened.containsKey(row.id())) {
                entries.add(new TimelineEntry.EventEntry(happened.get(row.id())));
            }
        }
        return entries;
    }

    int count(long deploymentId, TimelineFilter filter) {
        return counts.get(new CountOf(deploymentId, filter));
    }

    /**
     * The countries with rows of their own, for the log's country filter. A "select distinct" reads every
     * per-country row (182,500 for 50 countries over ten years); this walks the index of V14 instead, one
     * step from each country to the next.
     */
    List<String> countries(long deploymentId) {
        return countries.get(deploymentId);
    }

    /**
     * A plain distinct over the deployment's rows. The recursive "next country after this one" walk of the index
     * took 0.4 s on H2 2.4 but 6.4–7.9 s on H2 2.5 for 50 countries × 3,660 days (bench/large-deployment.sh's
     * data); this takes 0.5 s from a cold cache and a few milliseconds warm, and the result is cached.
     */
    private List<String> readCountries(long deploymentId) {
        return sql.sql("""
                        select distinct country_code from measurement
                        where deployment_id = :deployment and country_code is not null order by country_code""")
                .param("deployment", deploymentId).query(String.class).list();
    }

    private JdbcClient.StatementSpec query(long deploymentId, TimelineFilter filter, String outer) {
        String precisionRank = fr.essor.base.domain.DatePrecision.sqlRank("happened_precision");
        String dates = " and happened_on between :from and :to";
        List<String> parts = new ArrayList<>();
        if (filter.showsEvents()) {
            parts.add("select 'E' as kind, id, happened_on, " + precisionRank + " as precision_rank from rollout_event"
                      + " where deployment_id = :deployment" + dates);
        }
        if (filter.showsMeasurements()) {
            parts.add("select 'M' as kind, id, happened_on, " + precisionRank + " as precision_rank from measurement"
                      + " where deployment_id = :deployment" + dates
                      + (filter.countryCode() == null ? " and country_code is null" : " and country_code = :country"));
        }
        if (parts.isEmpty()) {
            parts.add("select 'E' as kind, id, happened_on, 0 as precision_rank from rollout_event where 1 = 0");
        }
        var statement = sql.sql(outer.formatted(String.join(" union all ", parts)))
                .param("deployment", deploymentId)
                .param("from", Date.valueOf(filter.from() == null ? LocalDate.of(1900, 1, 1) : filter.from()))
                .param("to", Date.valueOf(filter.to() == null ? LocalDate.of(9999, 12, 31) : filter.to()));
        return filter.countryCode() == null ? statement : statement.param("country", filter.countryCode());
    }

    /** One line of a page before it is read: "M" for a measurement, "E" for an event. */
    private record Row(String kind, long id) {
    }

    private static List<Long> idsOf(List<Row> rows, String kind) {
        return rows.stream().filter(row -> row.kind().equals(kind)).map(Row::id).toList();
    }

    private static <T> Map<Long, T> byId(List<T> entities, Function<T, Long> id) {
        return entities.stream().collect(Collectors.toMap(id, entity -> entity));
    }
}
