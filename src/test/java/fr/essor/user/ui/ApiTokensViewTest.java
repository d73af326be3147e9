package fr.essor.user.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fr.essor.KaribuTest;
import fr.essor.user.service.ApiTokens;
import java.time.LocalDate;
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

    private ApiTokensView page;

    @BeforeEach
    void openThePage() {
        sql.sql("update api_token set revoked_at = current_timestamp where user_id = (select id from app_user where username = 'viewer')").update();
        signInAs("viewer");
        UI.getCurrent().navigate("api-tokens");
        page = _get(ApiTokensView.class);
    }

    @Test
    void a_new_token_is_shown_once_and_works_until_revoked() {
        _setValue(page.name, "Nightly import");
        click("Créer un jeton");

        String shown = page.created.getValue();
        assertThat(shown).startsWith("essor_");
        assertThat(page.created.isVisible()).isTrue();
        assertThat(_size(page.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(page.grid, 0).get(0)).isEqualTo("Nightly import");
        assertThat(_getFormattedRow(page.grid, 0).get(2)).isEqualTo("Jamais utilisé");
        assertThat(tokens.authenticate(shown)).isPresent();

        UI.getCurrent().navigate("deployments");
        UI.getCurrent().navigate("api-tokens");
        page = _get(ApiTokensView.class);
        assertThat(page.created.getValue()).as("shown once only").isEmpty();
        assertThat(page.created.isVisible()).isFalse();
        assertThat(_getFormattedRow(page.grid, 0).get(2)).as("last used").isNotEqualTo("Jamais utilisé");

        _click((Button) _getCellComponent(page.grid, 0, "revoke"));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(question)).isEqualTo("Révoquer le jeton « Nightly import » ?");
        assertThat(tokens.authenticate(shown)).as("asked first: still works").isPresent();
        ConfirmDialogKt._fireCancel(question);
        assertThat(tokens.authenticate(shown)).as("cancelled: still works").isPresent();

        _click((Button) _getCellComponent(page.grid, 0, "revoke"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_size(page.grid)).isZero();
        assertThat(tokens.authenticate(shown)).as("revoked").isEmpty();
    }

    @Test
    void a_token_without_a_name_or_with_a_name_too_long_or_a_past_expiry_is_refused_next_to_its_field() {
        click("Créer un jeton");
        assertThat(page.name.isInvalid()).isTrue();
        assertThat(page.name.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        _setValue(page.name, "x".repeat(101));
        click("Créer un jeton");
        assertThat(page.name.getErrorMessage()).contains("100");
        assertThat(page.name.getValue()).as("kept whole").hasSize(101);

        _setValue(page.name, "Old");
        page.expiresOn.setValue(LocalDate.of(2020, 1, 1));
        click("Créer un jeton");
        assertThat(page.expiresOn.isInvalid()).isTrue();
        assertThat(_size(page.grid)).isZero();
        assertThat(page.created.isVisible()).isFalse();
    }

    @Test
    void a_name_full_of_markup_is_shown_as_text() {
        String hostile = "<img src=x onerror=alert(1)><b>bold</b>";
        _setValue(page.name, hostile);
        click("Créer un jeton");

        assertThat(_getFormattedRow(page.grid, 0).get(0)).isEqualTo(hostile);
        Button revoke = (Button) _getCellComponent(page.grid, 0, "revoke");
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
