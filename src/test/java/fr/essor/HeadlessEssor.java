package fr.essor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Starts the whole of Essor (Flyway, JPA, services, Vaadin) on a database of the caller's choosing, with a
 * mock servlet context instead of a web server: what a restart does to the data, without a port. The
 * calling thread is then signed in as the demo admin (the test classpath runs the demo profile), as the
 * services require a signed-in user who may change data.
 */
public final class HeadlessEssor {

    private HeadlessEssor() {
    }

    /** @param arguments command-line arguments: they win over the test classpath's in-memory database. */
    public static ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--spring.main.banner-mode=off");
        ConfigurableApplicationContext essor = new SpringApplicationBuilder(Application.class)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(all.toArray(String[]::new));
        signIn(essor, "admin");
        return essor;
    }

    /** Signs the calling thread in as this account of that Essor, as a successful sign-in would. */
    public static void signIn(ConfigurableApplicationContext essor, String username) {
        UserDetails user = essor.getBean(UserDetailsService.class).loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** The H2 file in this folder, with the settings Essor's own configuration gives the embedded default. */
    public static String h2UrlArgument(Path folder) {
        return "--spring.datasource.url=jdbc:h2:file:" + folder.toAbsolutePath().resolve("essor") + ";${essor.h2.settings}";
    }
}
