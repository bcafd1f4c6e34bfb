package org.troika;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of ../shared/STYLE.md, checked rather than hoped for. */
class ArchitectureTest {

    private static JavaClasses troika;

    @BeforeAll
    static void importClasses() {
        troika = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.troika");
    }

    @Test
    void domain_code_uses_no_framework() {
        ArchRule rule = noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "org.apache.lucene..", "jakarta..", "com.fasterxml..", "picocli..", "org.apache.poi..", "org.apache.pdfbox..");
        rule.check(troika);
    }

    @Test
    void features_reach_each_other_only_through_top_level_and_domain_types() {
        // A feature's jdbc and web adapters are its own business; other features use its facade and domain records.
        for (String feature : new String[]{"state", "review", "recommendation", "document", "ingest", "search", "analytics"}) {
            noClasses().that().resideOutsideOfPackage("org.troika." + feature + "..")
                    .and().doNotHaveFullyQualifiedName("org.troika.TroikaConfiguration")
                    .should().dependOnClassesThat().resideInAnyPackage("org.troika." + feature + ".jdbc..", "org.troika." + feature + ".web..")
                    .allowEmptyShould(true)
                    .check(troika);
        }
    }

    @Test
    void controllers_do_not_touch_the_database() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .allowEmptyShould(true)
                .check(troika);
    }
}
