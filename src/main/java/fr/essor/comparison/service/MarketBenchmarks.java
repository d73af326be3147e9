package fr.essor.comparison.service;

import fr.essor.rollout.Platform;
import fr.essor.rollout.EventKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The market figures Essor ships with (cases/benchmarks.csv, copied from the articles' surveys), and
 * which of them speak to a governance step or a platform. A "same" source repeats the row above's.
 */
@Service
public class MarketBenchmarks {

    private static final Map<EventKind, String> BY_GOVERNANCE_STEP = Map.of(
            EventKind.USAGE_CHARTER, "have a usage charter",
            EventKind.DEDICATED_TEAM, "have a dedicated social media team",
            EventKind.ROI_REVIEW, "measure ROI",
            EventKind.TRAINING_WAVE, "see staff training as a challenge");

    private static final Map<Platform, String> BY_PLATFORM = Map.of(
            Platform.IBM_CONNECTIONS, "use IBM Connections internally",
            Platform.CHATTER, "use Chatter or Yammer internally",
            Platform.VIVA_ENGAGE, "use Chatter or Yammer internally",
            Platform.JIVE, "use Jive internally",
            Platform.SHAREPOINT, "ESN is SharePoint",
            Platform.WORKPLACE, "ESN is Workplace (Facebook at Work)",
            Platform.SLACK, "ESN is Slack");

    private final List<MarketFigure> figures = load();

    public List<MarketFigure> all() {
        return figures;
    }

    public Optional<MarketFigure> forGovernanceStep(EventKind kind) {
        return find(BY_GOVERNANCE_STEP.get(kind));
    }

    public Optional<MarketFigure> forPlatform(Platform platform) {
        return find(BY_PLATFORM.get(platform));
    }

    private Optional<MarketFigure> find(String metric) {
        return metric == null ? Optional.empty() : figures.stream().filter(f -> f.metric().equals(metric)).findFirst();
    }

    private static List<MarketFigure> load() {
        var stream = MarketBenchmarks.class.getResourceAsStream("/cases/benchmarks.csv");
        if (stream == null) {
            throw new IllegalStateException("cases/benchmarks.csv is missing from the classpath");
        }
        List<MarketFigure> loaded = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String previousSource = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = CsvLine.split(line);
                String source = cells.get(5).equals("same") ? previousSource : cells.get(5);
                previousSource = source;
                loaded.add(new MarketFigure(cells.get(0), Integer.parseInt(cells.get(1)), cells.get(2), cells.get(3),
                        new BigDecimal(cells.get(4)), source));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return List.copyOf(loaded);
    }
}
