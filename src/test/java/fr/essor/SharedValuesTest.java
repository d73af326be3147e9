package fr.essor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MilestoneService;
import fr.essor.rollout.TimelineFilter;
import fr.essor.rollout.TimelineRow;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;

/**
 * What sessions share (decision record 0009): values that nobody can change, which a save makes stale at once.
 * What they do not share, who may change what: MembershipsTest, UserAdminViewTest.
 */
class SharedValuesTest extends KaribuTest {

    @Autowired
    CacheManager caches;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    MilestoneService milestones;

    @Test
    void every_value_sessions_share_is_made_of_records_and_unmodifiable_collections_never_an_entity() {
        long demo = testDeployments.idOf("Groupe Démo");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("deployment/" + demo);
        UI.getCurrent().navigate("deployments");
        UI.getCurrent().navigate("compare");
        assertThat(milestones.timelinePage(demo, TimelineFilter.EVERYTHING, 0, 50))
                .isNotEmpty().allSatisfy(row -> assertThat(row.getClass()).isRecord());

        List<String> checked = new ArrayList<>();
        for (String name : caches.getCacheNames()) {
            Map<?, ?> kept = ((Cache<?, ?>) caches.getCache(name).getNativeCache()).asMap();
            kept.forEach((key, value) -> {
                assertUnchangeable(key, name + " key");
                assertUnchangeable(value, name + "[" + key + "]");
            });
            if (!kept.isEmpty()) {
                checked.add(name);
            }
        }
        assertThat(checked).as("the pages filled the caches that are checked")
                .contains("timeline-pages", "timeline-counts", "deployment-summaries", "everyones-monthly-series", "paces",
                        "projections");
    }

    @Test
    void the_check_refuses_an_entity_and_a_list_that_can_still_change() {
        Measurement entity = new Measurement();
        assertThatThrownBy(() -> assertUnchangeable(entity, "an entity")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertUnchangeable(List.of(new ArrayList<>(List.of(1))), "a list"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertUnchangeable(Optional.of(new TimelineHolder(entity)), "a record holding an entity"))
                .isInstanceOf(AssertionError.class);
    }

    private record TimelineHolder(Measurement measurement) {
    }

    @Test
    void a_measurement_saved_in_one_session_shows_at_once_in_another_that_had_read_the_same_page() {
        Deployment deployment = testDeployments.create(5_000, null);
        UI.getCurrent().navigate("deployment/" + deployment.getId());
        assertThat(_find(Grid.class, spec -> spec.withId("milestone-log"))).as("an empty log, read and now kept for everyone")
                .isEmpty();

        signInToANewSession("admin");
        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofMonth(2024, 4));
        measurement.setActiveUsers(250);
        milestones.saveMeasurement(deployment.getId(), measurement, null);

        signInToANewSession("viewer");
        UI.getCurrent().navigate("deployment/" + deployment.getId());
        // A fresh session, in the test browser's English.
        assertThat(logRows()).containsExactly(List.of("April 2024", "Measurement", "250 active users"));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> logRows() {
        Grid<TimelineRow> log = _get(Grid.class, spec -> spec.withId("milestone-log"));
        return GridKt._findAll(log).stream().map(row -> GridKt._getFormattedRow(log, row).subList(0, 3)).toList();
    }

    /**
     * Fails unless the value, and all it holds, is a record, an unmodifiable collection, an optional or a plain value
     * (text, number, enum, date): what no session can change under another's feet. An entity is none of these.
     */
    static void assertUnchangeable(@Nullable Object value, String path) {
        if (value == null || value instanceof String || value instanceof Number && isPlainNumber(value)
            || value instanceof Boolean || value instanceof Character || value instanceof Enum<?>
            || value instanceof TemporalAccessor && value.getClass().getName().startsWith("java.time.")) {
            return;
        }
        if (value instanceof Optional<?> optional) {
            assertUnchangeable(optional.orElse(null), path);
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                assertUnchangeable(read(component, value), path + "." + component.getName());
            }
        } else if (value instanceof Collection<?> collection && isUnmodifiable(value)) {
            int index = 0;
            for (Object element : collection) {
                assertUnchangeable(element, path + "[" + index++ + "]");
            }
        } else if (value instanceof Map<?, ?> map && isUnmodifiable(value)) {
            map.forEach((key, element) -> {
                assertUnchangeable(key, path + " key");
                assertUnchangeable(element, path + "[" + key + "]");
            });
        } else {
            throw new AssertionError(path + " is a " + value.getClass().getName() + ", which a session could change");
        }
    }

    private static boolean isPlainNumber(Object number) {
        return number instanceof Integer || number instanceof Long || number instanceof Double || number instanceof Float
               || number instanceof Short || number instanceof Byte || number instanceof BigDecimal;
    }

    /** The JDK's unmodifiable collections: List.of and copyOf, toList(), Collections.unmodifiable… */
    private static boolean isUnmodifiable(Object collection) {
        String type = collection.getClass().getName();
        return type.startsWith("java.util.ImmutableCollections$") || type.startsWith("java.util.Collections$Unmodifiable")
               || type.equals("java.util.Collections$EmptyList") || type.equals("java.util.Collections$EmptyMap")
               || type.equals("java.util.Collections$EmptySet");
    }

    private static @Nullable Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
