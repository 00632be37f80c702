package org.jixiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The domain core (value grammar, scoring, roll-up, parsing, the Scorecard aggregate) reads and tests alone. */
class DomainCoreIsPlainJavaTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");

    @Test
    void theDomainCoreImportsNoFramework() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("org.jixiao.measure..", "org.jixiao.scoring..", "org.jixiao.rollup",
                        "org.jixiao.publish.parse..", "org.jixiao.scorecard", "org.jixiao.review",
                        "org.jixiao.targets", "org.jixiao.monitoring", "org.jixiao.evidence")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                        "com.fasterxml..", "jakarta..", "javax.sql..", "java.sql..", "org.apache..", "picocli..",
                        "io.zonky..", "org.postgresql..", "org.thymeleaf..")
                .because("the domain core must be plain Java so it can be read and tested alone");
        rule.check(CLASSES);
    }

    @Test
    void theDomainCoreDoesNotReachIntoTheApplication() {
        noClasses()
                .that().resideInAnyPackage("org.jixiao.measure..", "org.jixiao.scoring..", "org.jixiao.rollup",
                        "org.jixiao.publish.parse..", "org.jixiao.scorecard", "org.jixiao.review")
                .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.cli..", "org.jixiao.database..",
                        "org.jixiao.sheet..", "org.jixiao.scorecard.store..", "org.jixiao.scorecard.json..")
                .check(CLASSES);
    }
}
