package fr.essor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/** Each top-level package is a module: no cycle between them, and none reaches into another's internals. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_depend_on_each_other_in_one_direction_through_their_published_api() {
        MODULES.verify();
    }

    /**
     * docs/modules.md, the module map docs/architecture.md links, written from the modules themselves so that it
     * cannot drift from the code; Spring Modulith's own diagrams (PlantUML) and canvases go to
     * target/spring-modulith-docs.
     */
    @Test
    void writes_the_module_map() throws IOException {
        StringBuilder map = new StringBuilder("""
                # Modules

                Written by `ModularityTest` from the code (do not edit by hand): each module, what it publishes to the
                others besides its base package, and the modules it uses. `ApplicationModules.verify()` checks that the
                uses form no cycle and go through what is published. What each module is for: [architecture.md](architecture.md).

                | module | base package | published besides its base package | uses |
                |---|---|---|---|
                """);
        MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module -> map
                .append("| ").append(module.getDisplayName())
                .append(" | `").append(module.getBasePackage().getName()).append('`')
                .append(" | ").append(published(module))
                .append(" | ").append(module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                        .sorted().collect(Collectors.joining(", ")))
                .append(" |\n"));
        Files.writeString(Path.of("docs/modules.md"), map);
        new Documenter(MODULES).writeDocumentation();
    }

    private static String published(ApplicationModule module) {
        if (module.isOpen()) {
            return "everything (an open module)";
        }
        return StreamSupport.stream(module.getNamedInterfaces().spliterator(), false)
                .filter(named -> !named.isUnnamed())
                .map(NamedInterface::getName)
                .sorted()
                .map(name -> "`" + name + "`")
                .collect(Collectors.joining(", "));
    }
}
