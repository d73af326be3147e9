package fr.essor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.Repository;

/** The habits of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "fr.essor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_go_through_services_never_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("services own the rules and transactions; a view that reached a repository would skip them");

    @ArchTest
    static final ArchRule domain_and_services_know_nothing_of_the_ui = noClasses()
            .that().resideInAnyPackage("..domain..", "..service..", "fr.essor.rollout")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..")
            .because("the import and the REST API will call the same services without a UI");

    @ArchTest
    static final ArchRule the_chart_component_is_a_library = noClasses()
            .that().resideInAPackage("fr.essor.component..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.essor.base..", "fr.essor.rollout..",
                    "fr.essor.activation..")
            .because("it wraps ApexCharts for any view and knows nothing of Essor's features");

    @ArchTest
    static final ArchRule feature_layers_are_free_of_cycles = slices()
            .matching("fr.essor.(*).(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule a_modules_repositories_are_its_own = classes()
            .should(useOnlyTheRepositoriesOfTheirOwnModule())
            .because("another module asks the module's services, which own its rules, transactions and permissions"
                     + " and answer with records (STYLE.md 14 and 18)");

    /** The module of a class: the package under fr.essor it belongs to (rollout for fr.essor.rollout.ui). */
    private static String moduleOf(JavaClass type) {
        String[] packages = type.getPackageName().split("\\.");
        return packages.length > 2 ? packages[2] : "";
    }

    private static ArchCondition<JavaClass> useOnlyTheRepositoriesOfTheirOwnModule() {
        return new ArchCondition<>("use only the Spring Data repositories of their own module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().startsWith("fr.essor.") && target.isAssignableTo(Repository.class)
                        && !moduleOf(target).equals(moduleOf(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
