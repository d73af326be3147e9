package fr.essor.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import fr.essor.KaribuTest;
import fr.essor.audit.service.AuditFilter;
import fr.essor.audit.service.AuditRecord;
import fr.essor.audit.service.AuditTrail;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Admins read the whole trail narrowed to a person and a span of days; nobody else reads it at all. */
class AuditTrailViewTest extends KaribuTest {

    @Autowired
    JdbcClient sql;
    @Autowired
    AuditTrail trail;

    private final String someone = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
    private final String hostile = "<img src=x onerror=alert(1)>" + UUID.randomUUID().toString().substring(0, 4);

    @BeforeEach
    void changesOnThreeDays() {
        entry(someone, OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC), "1000", "1100");
        // 23:30 in Paris on 14 March is 22:30 UTC: it belongs to the 14th for a Paris admin.
        entry(someone, OffsetDateTime.of(2026, 3, 14, 22, 30, 0, 0, ZoneOffset.UTC), "1100", "1200");
        entry(someone, OffsetDateTime.of(2026, 4, 2, 8, 0, 0, 0, ZoneOffset.UTC), "1200", "1300");
        entry(hostile, OffsetDateTime.of(2026, 3, 10, 8, 0, 0, 0, ZoneOffset.UTC), "5", "6");
    }

    private void entry(String username, OffsetDateTime at, String before, String after) {
        sql.sql("""
                insert into audit_entry (version, changed_at, username, action, subject, subject_id, deployment_id,
                                         before_values, after_values)
                values (0, ?, ?, 'UPDATE', 'DEPLOYMENT', 999999, 999999, ?, ?)""")
                .params(at, username, "{\"deployment.headcount\":\"" + before + "\"}",
                        "{\"deployment.headcount\":\"" + after + "\"}")
                .update();
    }

    @Test
    void an_admin_narrows_the_trail_to_one_person_and_a_span_of_days() {
        signInAs("admin");
        UI.getCurrent().navigate("admin/audit");

        _setValue(person(), someone);
        assertThat(changesShown()).containsExactly(
                "Effectif : 1200 → 1300", "Effectif : 1100 → 1200", "Effectif : 1000 → 1100");
        _get(Span.class, spec -> spec.withText("3 modifications"));

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Du")), LocalDate.of(2026, 3, 2));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Au")), LocalDate.of(2026, 3, 14));
        assertThat(changesShown()).containsExactly("Effectif : 1100 → 1200");
        assertThat(GridKt._getFormattedRow(shownTrail(), 0).get(2)).contains("n° 999999 (supprimé)");
    }

    @Test
    void a_day_is_the_admins_day_not_the_servers() {
        signInAs("admin");
        AuditFilter parisFourteenth = new AuditFilter(someone, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 14),
                ZoneId.of("Europe/Paris"));
        AuditFilter utcFourteenth = new AuditFilter(someone, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 14),
                ZoneOffset.UTC);
        assertThat(trail.count(parisFourteenth)).isEqualTo(1);
        assertThat(trail.count(utcFourteenth)).isEqualTo(1);
        assertThat(trail.count(new AuditFilter(someone, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15),
                ZoneId.of("Europe/Paris")))).isZero();
        assertThat(trail.count(new AuditFilter(someone, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15),
                ZoneId.of("Asia/Tokyo")))).isEqualTo(1);
    }

    @Test
    void a_user_name_full_of_markup_is_offered_and_shown_as_text() {
        signInAs("admin");
        UI.getCurrent().navigate("admin/audit");

        _setValue(person(), hostile);
        assertThat(GridKt._getFormattedRow(shownTrail(), 0).get(1)).isEqualTo(hostile);
        assertThat(GridKt._size(shownTrail())).isEqualTo(1);
    }

    @Test
    void leads_and_viewers_cannot_read_the_whole_trail_even_through_the_service() {
        for (String user : List.of("lead", "viewer")) {
            signInAs(user);
            AuditFilter everything = new AuditFilter(null, null, null, ZoneOffset.UTC);
            assertThatThrownBy(() -> trail.search(everything, 0, 50)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trail.count(everything)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(trail::usernames).isInstanceOf(AccessDeniedException.class);
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> person() {
        return _get(ComboBox.class, spec -> spec.withLabel("Personne"));
    }

    /** The trail, the one grid of its page. */
    @SuppressWarnings("unchecked")
    private static Grid<AuditRecord> shownTrail() {
        return _get(Grid.class);
    }

    private static List<String> changesShown() {
        Grid<AuditRecord> shown = shownTrail();
        List<String> changes = new ArrayList<>();
        for (int row = 0; row < GridKt._size(shown); row++) {
            changes.add(GridKt._getFormattedRow(shown, row).get(4));
        }
        return changes;
    }
}
