package fr.essor.browser;

import fr.essor.TestDeployments;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Essor on a random port and one headless Chromium per test, closed after it. Pages open signed in as the
 * demo admin through the real sign-in page, unless a test signs in as someone else; the test's own calls
 * to the services run as the admin too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithUserDetails("admin")
abstract class BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestDeployments testDeployments;

    WebDriver driver;

    @Autowired
    SecurityContextHolderStrategy thisContextsStrategy;

    /**
     * Each Spring context in this JVM installs its own Vaadin-aware holder as the global one, each with its
     * own thread-local: once a second context started (the PostgreSQL journey, the OIDC test), the test's
     * own service calls "as the admin" landed where this context's method security never looks.
     */
    @BeforeEach
    void serviceCallsRunAsTheTestsUser() {
        SecurityContext testsUser = TestSecurityContextHolder.getContext();
        SecurityContextHolder.setContextHolderStrategy(thisContextsStrategy);
        SecurityContextHolder.setContext(testsUser);
    }

    void open(String language, String path) {
        open(language, path, "admin");
    }

    /** Opens the page as that demo user: the sign-in page comes first, then the page asked for. */
    void open(String language, String path, String username) {
        driver = BrowserSession.open(language);
        driver.get("http://localhost:" + port + path);
        signIn(username, username + "-demo");
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Types into the sign-in form as a user does, and sends it with Enter. */
    void signIn(String username, String password) {
        var wait = new WebDriverWait(driver, Duration.ofMinutes(3));
        var name = wait.until(d -> d.findElement(By.cssSelector("input[name='username']")));
        name.clear();
        name.sendKeys(username);
        var secret = driver.findElement(By.cssSelector("input[name='password']"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
