package io.parley.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The module arrows app -> dashboard-api -> tenant -> voice, and the privacy of entities and repositories. */
class ArchitectureTests {

    private static final JavaClasses PARLEY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.parley");

    @Test
    void theVoiceEngineKnowsNothingOfTenantsSpringOrJpa() {
        noClasses().that().resideInAPackage("io.parley.voice..")
                .should().dependOnClassesThat().resideInAnyPackage("io.parley.tenant..", "io.parley.dashboard..",
                        "io.parley.app..", "org.springframework..", "jakarta.persistence..")
                .check(PARLEY);
    }

    @Test
    void tenantDependsOnlyOnVoice() {
        noClasses().that().resideInAPackage("io.parley.tenant..")
                .should().dependOnClassesThat().resideInAnyPackage("io.parley.dashboard..", "io.parley.app..",
                        "org.springframework.web..", "org.springframework.http..")
                .check(PARLEY);
    }

    @Test
    void theApiLayerDoesNotReachIntoTheApp() {
        noClasses().that().resideInAPackage("io.parley.dashboard..")
                .should().dependOnClassesThat().resideInAPackage("io.parley.app..")
                .check(PARLEY);
    }

    @Test
    void entitiesAndRepositoriesAreNeverPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notHaveModifier(JavaModifier.PUBLIC).check(PARLEY);
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notHaveModifier(JavaModifier.PUBLIC).check(PARLEY);
    }
}
