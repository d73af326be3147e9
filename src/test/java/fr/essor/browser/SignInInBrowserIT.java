package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page in a real browser: a form posted from another site signs nobody in (login CSRF). */
class SignInInBrowserIT extends BrowserTest {

    private HttpServer attacker;

    @AfterEach
    void stopTheOtherSite() {
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    @Test
    void a_page_on_another_site_cannot_sign_the_browser_in_as_someone_else() throws Exception {
        // Another origin (127.0.0.1, not localhost): its page posts the attacker's name and password to Essor at once.
        String essor = "http://localhost:" + port;
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>Win a prize</title></head><body>"
                + "<form method=\"post\" action=\"" + essor + "/login\">"
                + "<input name=\"username\" value=\"viewer\"><input name=\"password\" value=\"viewer-demo\"></form>"
                + "<script>document.forms[0].submit()</script></body></html>").getBytes(StandardCharsets.UTF_8);
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();

        driver = BrowserSession.open("en-US");
        driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
        var wait = new WebDriverWait(driver, Duration.ofMinutes(1));
        wait.until(d -> d.getCurrentUrl().startsWith(essor));

        driver.get(essor + "/deployments");
        wait.until(d -> d.getCurrentUrl().contains("/login") && !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        assertThat(driver.findElements(By.tagName("vaadin-grid"))).as("not signed in: no deployment shown").isEmpty();
    }

    @Test
    void the_sign_in_page_is_labelled_in_french_and_its_own_form_signs_in() {
        driver = BrowserSession.open("fr-FR");
        driver.get("http://localhost:" + port + "/deployments");
        var wait = new WebDriverWait(driver, Duration.ofMinutes(1));
        wait.until(d -> !d.findElements(By.cssSelector("label[for='username']")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("label[for='username']")).getText()).isEqualTo("Nom d’utilisateur");
        assertThat(driver.getTitle()).isEqualTo("Connexion · Essor");

        signIn("viewer", "viewer-demo");
        wait.until(d -> d.getCurrentUrl().contains("/deployments") && !d.findElements(By.tagName("vaadin-grid")).isEmpty());
    }
}
