package dev.outpost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.outpost.layeringfixture.alpha.Uses;
import dev.outpost.layeringfixture.alpha.internal.Hidden;
import dev.outpost.layeringfixture.beta.Peeks;
import dev.outpost.testing.PackageGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@code core} (DESIGN.md), enforced on the compiled main classes (tests are
 * exempt): {@code model} <- {@code io}, {@code travel} <- {@code stationing}, {@code routing} <-
 * {@code check} <- {@code dispatch}; {@code city} generates scenarios from {@code model},
 * {@code io} and {@code travel}; no cycles between top-level packages (also checked with
 * {@link PackageGraph}, which the simulator's {@code LayeringTest} uses); nothing about literature
 * benchmarks, the simulator or the benchmarks; {@code ..internal..} classes only from their own
 * top-level package.
 */
class LayeringTest {

    private static final String ROOT = "dev.outpost";

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    @Test
    void theImportSeesCore() {
        // Guards every rule below against passing on an empty import.
        assertTrue(core.stream().anyMatch(c -> c.getPackageName().equals("dev.outpost.routing")));
        assertTrue(core.stream().anyMatch(c -> c.getPackageName().equals("dev.outpost.model")));
        assertFalse(core.stream().anyMatch(c -> c.getSimpleName().endsWith("Test")));
    }

    @Test
    void layersRunOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("model").definedBy("dev.outpost.model..")
                .layer("io").definedBy("dev.outpost.io..")
                .layer("travel").definedBy("dev.outpost.travel..")
                .layer("city").definedBy("dev.outpost.city..")
                .layer("stationing").definedBy("dev.outpost.stationing..")
                .layer("routing").definedBy("dev.outpost.routing..")
                .layer("check").definedBy("dev.outpost.check..")
                // The real-time dispatcher: on top, it may use every layer below it.
                .layer("dispatch").definedBy("dev.outpost.dispatch..")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("io").mayOnlyAccessLayers("model")
                .whereLayer("travel").mayOnlyAccessLayers("model")
                .whereLayer("city").mayOnlyAccessLayers("model", "io", "travel")
                .whereLayer("stationing").mayOnlyAccessLayers("model", "io", "travel")
                .whereLayer("routing").mayOnlyAccessLayers("model", "io", "travel")
                .whereLayer("check").mayOnlyAccessLayers("model", "io", "travel", "stationing", "routing")
                .whereLayer("dispatch").mayOnlyAccessLayers("model", "io", "travel", "stationing", "routing", "check")
                .check(core);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("dev.outpost.(*)..").should().beFreeOfCycles().check(core);
        // The same with the package graph the simulator's LayeringTest uses.
        PackageGraph graph = PackageGraph.of(core, ROOT);
        assertEquals(List.of(), graph.cycles(), graph.toString());
        assertTrue(graph.edges().keySet().containsAll(
                Set.of("check", "city", "dispatch", "io", "model", "routing", "stationing", "travel")), graph.toString());
    }

    @Test
    void thePackageGraphFindsEachCycleOnceWithItsEdges() {
        PackageGraph graph = PackageGraph.of(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of("e"), "e", Set.of("d"), "f", Set.of("a")));
        assertEquals(List.of(new TreeSet<>(Set.of("a", "b", "c")), new TreeSet<>(Set.of("d", "e"))), graph.cycles());
        assertEquals("\n  d -> e: (given)\n  e -> d: (given)", graph.explain(Set.of("d", "e")));
        assertEquals(List.of(), PackageGraph.of(Map.of("a", Set.of("b"), "b", Set.of("c"), "f", Set.of("a", "c")))
                .cycles());
    }

    @Test
    void thePackageGraphFollowsDependenciesIntoSubpackages() {
        // Peeks (beta) uses alpha.internal.Hidden: an edge beta -> alpha; Uses (alpha) stays inside alpha.
        JavaClasses fixture = new ClassFileImporter().importClasses(Hidden.class, Uses.class, Peeks.class);
        PackageGraph graph = PackageGraph.of(fixture, "dev.outpost.layeringfixture");
        assertEquals(Map.of("alpha", Set.of(), "beta", Set.of("alpha")), graph.edges());
        assertTrue(graph.explain(Set.of("alpha", "beta")).contains(Peeks.class.getName()), graph.explain(Set.of("alpha", "beta")));
    }

    @Test
    void nothingInCoreIsAboutLiterature() {
        noClasses().should().resideInAPackage("..literature..").check(core);
        noClasses().should().dependOnClassesThat().resideInAPackage("..literature..").check(core);
    }

    @Test
    void coreNeverReachesTheSimulatorOrTheBenchmarks() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.outpost.sim..", "dev.outpost.bench..")
                .check(core);
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirTopLevelPackage() {
        internalOnlyFromOwnTopLevel(ROOT).check(core);
    }

    @Test
    void theInternalRuleCatchesAPeekFromAnotherTopLevelPackage() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Hidden.class, Uses.class, Peeks.class);
        EvaluationResult result = internalOnlyFromOwnTopLevel("dev.outpost.layeringfixture").evaluate(fixture);
        assertTrue(result.hasViolation());
        assertEquals(1, result.getFailureReport().getDetails().stream()
                .filter(line -> line.contains(Peeks.class.getName())).count(), result.getFailureReport().toString());
        assertFalse(result.getFailureReport().toString().contains(Uses.class.getName() + ".<"),
                result.getFailureReport().toString());
    }

    /**
     * Classes in a package with an {@code internal} segment may be used only by classes of the same
     * top-level package under {@code root} (e.g. {@code routing.internal.X} only from {@code routing..}).
     */
    static ArchRule internalOnlyFromOwnTopLevel(String root) {
        ArchCondition<JavaClass> condition = new ArchCondition<>(
                "use ..internal.. classes only from their own top-level package under " + root) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (!isInternal(target.getPackageName()) || !target.getPackageName().startsWith(root + ".")) {
                        continue;
                    }
                    String owner = topLevel(target.getPackageName(), root);
                    if (!owner.equals(topLevel(origin.getPackageName(), root))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": the internal package of '" + owner + "' is used from outside it"));
                    }
                }
            }
        };
        return classes().should(condition);
    }

    private static boolean isInternal(String packageName) {
        return packageName.endsWith(".internal") || packageName.contains(".internal.");
    }

    private static String topLevel(String packageName, String root) {
        if (!packageName.startsWith(root + ".")) {
            return packageName;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
