package fr.essor.bench;

import fr.essor.Application;
import fr.essor.TestRollup;
import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.activation.service.Bucketing;
import fr.essor.activation.service.ChartPeriod;
import fr.essor.activation.service.DashboardOverview;
import fr.essor.activation.service.DashboardService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's benchmark (bench/dashboard.sh): 500 deployments, each with five years of monthly
 * measurements and ten events, then the time to build the dashboard's figures (median and p95 of 20 runs)
 * from the grouped queries, beside the time the former way took (one series, four queries, per deployment).
 * Prints figures; asserts nothing.
 */
public final class DashboardBenchmark {

    private static final int DEPLOYMENTS = 500;
    private static final int MONTHS = 60;
    private static final int EVENTS = 10;
    private static final int RUNS = 20;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/bench-dashboard");
        Files.createDirectories(data);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath().resolve("essor") + ";DB_CLOSE_ON_EXIT=FALSE")) {
            JdbcClient sql = app.getBean(JdbcClient.class);
            ensureData(sql);
            long deployments = sql.sql("select count(*) from deployment").query(Long.class).single();
            long measurements = sql.sql("select count(*) from measurement").query(Long.class).single();
            System.out.printf(Locale.ROOT, "data: %,d deployments, %,d measurements%n", deployments, measurements);

            DashboardService dashboard = app.getBean(DashboardService.class);
            ActivationSeriesService series = app.getBean(ActivationSeriesService.class);
            List<Long> ids = sql.sql("select id from deployment").query(Long.class).list();
            long first = System.nanoTime();
            DashboardOverview overview = dashboard.overview();
            // The first one after a start also fits each deployment's curve (remembered afterwards, until its figures change).
            System.out.printf(Locale.ROOT, "dashboard: %d trends, %,d monthly points; the first, fitting every curve: %.0f ms%n",
                    overview.trends().size(), overview.trends().stream().mapToInt(trend -> trend.monthly().activeUsers().size()).sum(),
                    (System.nanoTime() - first) / 1e6);
            time("dashboard figures (grouped queries)", dashboard::overview);
            time("one series per deployment (former way)", () -> {
                ids.forEach(id -> series.series(id, ChartPeriod.ALL_TIME, Bucketing.MONTH));
                return ids;
            });
        }
    }

    private static void ensureData(JdbcClient sql) {
        if (sql.sql("select count(*) from deployment where organisation like 'Dash %'").query(Long.class).single() > 0) {
            System.out.println("data: reusing the deployments generated earlier");
            return;
        }
        long started = System.nanoTime();
        sql.sql("""
                insert into deployment (version, organisation, platform, launch_date, launch_precision, headcount,
                                        countries_present, target_activation_pct, target_date, reference_case, demo)
                select 0, 'Dash ' || lpad(cast(x as varchar), 3, '0'), 'VIVA_ENGAGE', date '2020-01-01', 'MONTH',
                       1000 + x * 100, 40, 60, date '2027-01-01', false, false
                from system_range(1, %d)""".formatted(DEPLOYMENTS)).update();
        sql.sql("""
                insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, countries_reached)
                select 0, d.id, dateadd('MONTH', m.x, date '2020-01-28'), 'DAY', 10 + m.x * (d.headcount / 120), 1 + m.x / 3
                from deployment d cross join system_range(0, %d) m where d.organisation like 'Dash %%'"""
                .formatted(MONTHS - 1)).update();
        sql.sql("""
                insert into rollout_event (version, deployment_id, happened_on, happened_precision, kind, title)
                select 0, d.id, dateadd('MONTH', e.x * 6, date '2020-01-15'), 'DAY', 'OTHER', 'Vague ' || e.x
                from deployment d cross join system_range(0, %d) e where d.organisation like 'Dash %%'"""
                .formatted(EVENTS - 1)).update();
        // The whole rollup rebuilt, as a migration does (the reference cases' rows included).
        TestRollup.rebuild(sql);
        System.out.printf(Locale.ROOT, "data: generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void time(String what, Supplier<?> work) {
        for (int warm = 0; warm < 3; warm++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%-40s: median %.1f ms, p95 %.1f ms (%d runs)%n", what,
                millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), RUNS);
    }
}
