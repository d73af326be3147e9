package fr.essor.browser;

import fr.essor.TestDeployments;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Essor on a random port and one headless Chromium per test, closed after it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestDeployments testDeployments;

    WebDriver driver;

    void open(String language, String path) {
        driver = BrowserSession.open(language);
        driver.get("http://localhost:" + port + path);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
