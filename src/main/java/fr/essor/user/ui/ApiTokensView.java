package fr.essor.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.essor.base.ui.DeleteConfirmation;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.base.ui.UsersDay;
import fr.essor.user.domain.ApiToken;
import fr.essor.user.service.ApiTokens;
import fr.essor.base.ui.Fields;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's API tokens: create one (its value shown once, here, and never again), see when
 * each was last used, revoke one. Names are user text, shown as text.
 */
@Route("api-tokens")
@Menu(title = "token.menu", order = 10)
@PermitAll
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final TextField name = new TextField();
    private final DatePicker expiresOn = Fields.date();
    private final Button create = new Button();
    /** The new token's value, read-only so it can be selected and copied; emptied by the next visit. */
    private final TextField created = new TextField();
    private final Paragraph createdHelp = new Paragraph();
    private final Grid<ApiToken> grid = new Grid<>();
    private final ApiTokens tokens;
    private final DateTimeFormatter when;

    ApiTokensView(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        ZoneId zone = Objects.requireNonNullElse(UsersDay.zone(), ZoneId.systemDefault());
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        name.setId("token-name");
        name.setLabel(getTranslation("token.name"));
        name.setHelperText(getTranslation("token.name.help"));
        name.setWidth("20em");
        expiresOn.setLabel(getTranslation("token.expiresOn"));
        expiresOn.setHelperText(getTranslation("token.expiresOn.help"));
        expiresOn.setLocale(getLocale());
        expiresOn.setMin(UsersDay.today(clock));
        create.setId("token-create");
        create.setText(getTranslation("token.create"));
        create.setIcon(VaadinIcon.KEY.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(name, expiresOn, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        created.setId("new-token");
        created.setLabel(getTranslation("token.created"));
        created.setReadOnly(true);
        created.setWidthFull();
        created.setVisible(false);
        createdHelp.setText(getTranslation("token.created.once"));
        createdHelp.setVisible(false);
        configureGrid();
        add(new H1(getTranslation("token.title")), new Paragraph(getTranslation("token.intro")), form, created, createdHelp,
                new H2(getTranslation("token.list")), grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiToken::getName).setKey("name").setHeader(getTranslation("token.name")).setFlexGrow(2);
        grid.addColumn(token -> shown(token.getCreatedAt())).setKey("created").setHeader(getTranslation("token.createdAt"));
        grid.addColumn(token -> token.getLastUsedAt() == null ? getTranslation("token.neverUsed") : shown(token.getLastUsedAt()))
                .setKey("lastUsed").setHeader(getTranslation("token.lastUsedAt"));
        grid.addColumn(token -> token.getExpiresOn() == null ? getTranslation("token.noExpiry")
                        : DisplayFormats.date(token.getExpiresOn(), getLocale()))
                .setKey("expires").setHeader(getTranslation("token.expiresOn"));
        grid.addComponentColumn(token -> {
            Button revoke = new Button(getTranslation("token.revoke"), VaadinIcon.BAN.create(), click -> confirmRevoke(token));
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            revoke.setAriaLabel(getTranslation("token.revoke.named", token.getName()));
            return revoke;
        }).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
    }

    private void create() {
        name.setInvalid(false);
        expiresOn.setInvalid(false);
        try {
            ApiTokens.Created made = tokens.create(name.getValue(), expiresOn.getValue());
            created.setValue(made.clearValue());
            created.setVisible(true);
            createdHelp.setVisible(true);
            name.clear();
            expiresOn.clear();
            refresh();
        } catch (RuleViolationException refused) {
            for (Violation violation : refused.violations()) {
                String message = getTranslation(violation.messageKey(), violation.argumentArray());
                if (violation.field().equals("expiresOn")) {
                    expiresOn.setErrorMessage(message);
                    expiresOn.setInvalid(true);
                } else {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                }
            }
        }
    }

    /** A revoked token cannot be brought back, and the scripts using it stop: asked first, Cancel focused. */
    private void confirmRevoke(ApiToken token) {
        DeleteConfirmation confirm = new DeleteConfirmation(getTranslation("token.revoke.confirm.title", token.getName()),
                getTranslation("token.revoke.confirm.text"));
        confirm.setConfirmText(getTranslation("token.revoke"));
        confirm.addConfirmListener(confirmed -> revoke(token));
        confirm.open();
    }

    private void revoke(ApiToken token) {
        tokens.revoke(token.getId());
        Notification.show(getTranslation("token.revoked", token.getName()));
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private String shown(@Nullable Instant instant) {
        return instant == null ? "" : when.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title") + " · " + getTranslation("app.name");
    }
}
