package org.jixiao.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jixiao.review.store.AuditLog;
import org.junit.jupiter.api.Test;

/**
 * The top-level packages (features, the kernel, the shared web layer) depend one way: no package reaches another
 * that reaches back, however long the loop. docs/architecture.md draws the resulting module map.
 */
class ModulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");

    @Test
    void theTopLevelPackagesAreFreeOfCycles() {
        slices().matching("org.jixiao.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a feature that depends on another must not be depended on by it (docs/architecture.md)")
                .check(CLASSES);
    }

    @Test
    void theAuditLogIsFedByEventsNotCalledByTheModulesItRecords() {
        noClasses().that().resideOutsideOfPackage("org.jixiao.review..")
                .should().callMethodWhere(target(name("record")).and(target(owner(assignableTo(AuditLog.class)))))
                .because("orgs, accounts and the scorecard store publish events; review.store.AuditTrail appends them")
                .check(CLASSES);
    }
}
