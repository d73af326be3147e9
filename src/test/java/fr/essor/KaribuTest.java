package fr.essor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import fr.essor.base.i18n.LanguageChoice;
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
 * user would, in French unless it switches to English.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes(viewsIn("fr.essor"), new HashSet<>(), true);
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
        useLocale(Locale.FRENCH);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
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
