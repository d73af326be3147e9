package fr.essor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.router.Route;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import fr.essor.base.ui.UsersDay;
import fr.essor.shell.LanguageChoice;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Browserless UI tests on the real Spring context and database: each test drives the views the way a
 * user would, in French unless it switches to English, signed in as the demo admin unless it signs in
 * as someone else.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService accounts;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            // Essor's own error view too, as the application registers it: a refused page shows it.
            routes = new Routes(viewsIn("fr.essor"), new HashSet<>(Set.of(fr.essor.shell.PageNotFound.class)), true);
        }
    }

    /**
     * Karibu's own discovery skips package-private classes, and Essor's views are package-private on
     * purpose (only their feature uses them), so Spring's scanner finds them instead.
     */
    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Component>> viewsIn(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), KaribuTest.class.getClassLoader()));
        }
        return views;
    }

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        signInAs("admin");
        useLocale(Locale.FRENCH);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * As a successful sign-in leaves things: the account (a demo user) in Spring's security context and
     * session, and the servlet request's principal and roles, which Vaadin's view access checks read.
     */
    protected void signInAs(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        Set<String> roles = new HashSet<>();
        for (GrantedAuthority authority : user.getAuthorities()) {
            roles.add(authority.getAuthority().substring("ROLE_".length()));
        }
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /**
     * As signing in again later, in a fresh browser: a new session, and the first page drawn after the
     * sign-in (what the sign-in redirect opens).
     */
    protected void signInToANewSession(String username) {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        signInAs(username);
        UI.getCurrent().getPage().reload();
    }

    /**
     * As a browser whose clock is in this time zone answers when the page asks for its details: MainLayout asks
     * on every page, but Karibu's routes here have no layout, so the test asks in its place.
     */
    protected static void browserClockIn(ZoneId zone) {
        UI ui = UI.getCurrent();
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, "1280", "800", "1280", "800", "1280", "800",
                null, null, null, null, zone.getId(), null, "false", "1", null, null, null, null));
        UsersDay.learnFrom(ui);
    }

    /** As an anonymous visitor, who has not signed in or has signed out. */
    protected void signOut() {
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent().getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /** Clicks the one visible button that shows this text, as a user would. */
    protected static void click(String buttonText) {
        _click(_get(Button.class, spec -> spec.withText(buttonText)));
    }

    /** As the language switch does: the session keeps the language and the page is drawn anew in it. */
    protected static void useLocale(Locale locale) {
        LanguageChoice.choose(locale);
    }
}
