package org.jixiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jixiao.measure.Reading;
import org.jixiao.measure.ValueGrammar;
import org.junit.jupiter.api.Test;

/** Target and actual are read once, into a {@link Reading}: nothing else in the application calls the grammar. */
class ReadingIsTheOnlyParserTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");

    @Test
    void onlyTheReadingsFactoryCallsValueGrammarParse() {
        noClasses().that().doNotHaveFullyQualifiedName(Reading.class.getName())
                .and().doNotHaveFullyQualifiedName(ValueGrammar.class.getName())
                .should().callMethod(ValueGrammar.class, "parse", String.class)
                .orShould().callMethod(ValueGrammar.class, "parse", String.class, org.jixiao.measure.Comparator.class)
                .because("a target or actual is read once, when its Reading is built")
                .check(CLASSES);
    }

    @Test
    void theRuleSeesTheFactorysOwnCall() {
        // Guards the rule above against passing vacuously (e.g. after a rename of parse).
        assertThat(CLASSES.get(Reading.class).getMethodCallsFromSelf())
                .anyMatch(call -> call.getTarget().getOwner().isEquivalentTo(ValueGrammar.class)
                        && call.getName().equals("parse"));
    }
}
