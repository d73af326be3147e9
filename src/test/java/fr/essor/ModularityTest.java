package fr.essor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each top-level package is a module: no cycle between them, and none reaches into another's internals. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_depend_on_each_other_in_one_direction_through_their_published_api() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
