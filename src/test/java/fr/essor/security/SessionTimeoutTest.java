package fr.essor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import fr.essor.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

class SessionTimeoutTest extends KaribuTest {

    @Value("${server.servlet.session.timeout}")
    String timeout;

    @Test
    void a_session_ends_after_thirty_idle_minutes_even_with_the_tab_left_open() {
        assertThat(timeout).isEqualTo("30m");
        // Otherwise Vaadin's heartbeat from an open tab would keep the session alive for ever.
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
