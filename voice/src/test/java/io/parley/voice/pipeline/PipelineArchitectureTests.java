package io.parley.voice.pipeline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PipelineArchitectureTests {

    private final JavaClasses voice = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.parley.voice");

    @Test
    void framesAndEventsArePlainRecords() {
        classes().that().implement(io.parley.voice.pipeline.frame.Frame.class)
                .or().implement(io.parley.voice.pipeline.event.SessionEvent.class)
                .should().beRecords()
                .check(voice);
    }

    @Test
    void thePipelineKnowsNothingOfTheSimulatorAndTheTimelineNothingOfThePipeline() {
        noClasses().that().resideInAPackage("io.parley.voice.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("io.parley.voice.simulator..")
                .check(voice);
        noClasses().that().resideInAnyPackage("io.parley.voice.timeline..", "io.parley.voice.recovery..")
                .should().dependOnClassesThat().resideInAPackage("io.parley.voice.pipeline..")
                .check(voice);
    }

    @Test
    void sessionInternalsStayPackagePrivate() {
        classes().that().haveSimpleNameEndingWith("Core").or().haveSimpleName("ReplyDriver")
                .or().haveSimpleName("UserInput").or().haveSimpleName("AgentTurn")
                .should().notBePublic()
                .check(voice);
    }
}
