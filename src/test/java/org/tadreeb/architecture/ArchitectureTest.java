package org.tadreeb.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the domain packages (docs/architecture.md, "Layers"): each package may use the ones below it,
 * never one above, and no two packages use each other. A lower package that needs something from a higher one
 * owns a small interface or an event that the higher one implements or observes.
 */
class ArchitectureTest {

    private static final String ROOT = "org.tadreeb";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domainPackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(production);
    }

    @Test
    void packagesInsideEachDomainFormNoCycle() {
        slices().matching(ROOT + ".(*).(*)..").namingSlices("$1.$2")
                .should().beFreeOfCycles()
                .check(production);
    }

    @Test
    void dependenciesPointDownTheDomain() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("demo").definedBy(ROOT + ".demo..")
                .layer("reporting").definedBy(ROOT + ".reporting..")
                .layer("evaluation").definedBy(ROOT + ".evaluation..")
                .layer("certificates").definedBy(ROOT + ".certificates..")
                .layer("grading").definedBy(ROOT + ".grading..")
                .layer("enrolment").definedBy(ROOT + ".enrolment..")
                .layer("cohort").definedBy(ROOT + ".cohort..")
                .layer("course").definedBy(ROOT + ".course..")
                .layer("people").definedBy(ROOT + ".people..")
                .layer("platform").definedBy(ROOT + ".platform..")
                .whereLayer("demo").mayNotBeAccessedByAnyLayer()
                .whereLayer("reporting").mayOnlyBeAccessedByLayers("demo")
                .whereLayer("evaluation").mayOnlyBeAccessedByLayers("demo", "reporting")
                .whereLayer("certificates").mayOnlyBeAccessedByLayers("demo", "reporting", "evaluation")
                .whereLayer("grading").mayOnlyBeAccessedByLayers("demo", "reporting", "evaluation", "certificates")
                .whereLayer("enrolment").mayOnlyBeAccessedByLayers("demo", "reporting", "evaluation", "certificates",
                        "grading")
                .whereLayer("cohort").mayOnlyBeAccessedByLayers("demo", "reporting", "evaluation", "certificates",
                        "grading", "enrolment")
                .whereLayer("course").mayOnlyBeAccessedByLayers("demo", "reporting", "evaluation", "certificates",
                        "grading", "enrolment", "cohort")
                .whereLayer("people").mayOnlyBeAccessedByLayers("demo", "reporting", "evaluation", "certificates",
                        "grading", "enrolment", "cohort", "course")
                .check(production);
    }
}
