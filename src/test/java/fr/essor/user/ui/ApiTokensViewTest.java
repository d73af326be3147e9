package fr.essor.user.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.user.domain.ApiToken;
import fr.essor.user.service.ApiTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The API tokens page as its user sees it: a new token shown once, a list, a revoke that takes effect. */
class ApiTokensViewTest extends KaribuTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient sql;

    @BeforeEach
    void openThePage() {
        sql.sql("update api_token set revoked_at = current_timestamp where user_id = (select id from app_user where username = 'viewer')").update();
        signInAs("viewer");
        UI.getCurrent().navigate("api-tokens");
    }

    private static TextField name() {
        return _get(TextField.class, spec -> spec.withLabel("Nom"));
    }

    /** The new token, shown once in a read-only field. */
    private static List<TextField> created() {
        return _find(TextField.class, spec -> spec.withLabel("Votre nouveau jeton"));
    }

    /** The list of tokens, the one grid of the page. */
    @SuppressWarnings("unchecked")
    private static Grid<ApiToken> list() {
        return _get(Grid.class);
    }

    /** Every text field of the page, shown or hidden: what the session keeps. */
    private static java.util.stream.Stream<TextField> allTextFields(Component in) {
        return java.util.stream.Stream.concat(in instanceof TextField field ? java.util.stream.Stream.of(field) : java.util.stream.Stream.empty(),
                in.getChildren().flatMap(ApiTokensViewTest::allTextFields));
    }

    @Test
    void a_new_token_is_shown_once_and_works_until_revoked() {
        _setValue(name(), "Nightly import");
        click("Créer un jeton");

        String shown = created().getFirst().getValue();
        assertThat(shown).startsWith("essor_");
        assertThat(_size(list())).isEqualTo(1);
        assertThat(_getFormattedRow(list(), 0).get(0)).isEqualTo("Nightly import");
        assertThat(_getFormattedRow(list(), 0).get(2)).isEqualTo("Jamais utilisé");
        assertThat(tokens.authenticate(shown)).isPresent();

        UI.getCurrent().navigate("deployments");
        UI.getCurrent().navigate("api-tokens");
        assertThat(created()).as("shown once only").isEmpty();
        assertThat(allTextFields(UI.getCurrent())).as("nor kept hidden in the page").noneMatch(field -> field.getValue().equals(shown));
        assertThat(_getFormattedRow(list(), 0).get(2)).as("last used").isNotEqualTo("Jamais utilisé");

        _click((Button) _getCellComponent(list(), 0, "revoke"));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(question)).isEqualTo("Révoquer le jeton « Nightly import » ?");
        assertThat(tokens.authenticate(shown)).as("asked first: still works").isPresent();
        ConfirmDialogKt._fireCancel(question);
        assertThat(tokens.authenticate(shown)).as("cancelled: still works").isPresent();

        _click((Button) _getCellComponent(list(), 0, "revoke"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_size(list())).isZero();
        assertThat(tokens.authenticate(shown)).as("revoked").isEmpty();
    }

    @Test
    void a_token_without_a_name_or_with_a_name_too_long_or_a_past_expiry_is_refused_next_to_its_field() {
        click("Créer un jeton");
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        _setValue(name(), "x".repeat(101));
        click("Créer un jeton");
        assertThat(name().getErrorMessage()).contains("100");
        assertThat(name().getValue()).as("kept whole").hasSize(101);

        _setValue(name(), "Old");
        DatePicker expiresOn = _get(DatePicker.class, spec -> spec.withLabel("Expire le"));
        _setValue(expiresOn, LocalDate.of(2020, 1, 1));
        click("Créer un jeton");
        assertThat(expiresOn.isInvalid()).isTrue();
        assertThat(_size(list())).isZero();
        assertThat(created()).isEmpty();
    }

    @Test
    void a_name_full_of_markup_is_shown_as_text() {
        String hostile = "<img src=x onerror=alert(1)><b>bold</b>";
        _setValue(name(), hostile);
        click("Créer un jeton");

        assertThat(_getFormattedRow(list(), 0).get(0)).isEqualTo(hostile);
        Button revoke = (Button) _getCellComponent(list(), 0, "revoke");
        assertThat(revoke.getElement().getAttribute("aria-label")).isEqualTo("Révoquer le jeton " + hostile);
        assertThat(revoke.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void a_user_sees_and_revokes_only_their_own_tokens() {
        signInAs("lead");
        long leads = tokens.create("lead's script", null).token().getId();
        signInAs("viewer");

        assertThat(tokens.mine()).noneMatch(token -> token.getId() == leads);
        tokens.revoke(leads);
        signInAs("lead");
        assertThat(tokens.mine()).anyMatch(token -> token.getId() == leads);
    }

    @Test
    void the_page_speaks_english_too() {
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("api-tokens");
        _get(Button.class, spec -> spec.withText("Create a token"));
    }
}
