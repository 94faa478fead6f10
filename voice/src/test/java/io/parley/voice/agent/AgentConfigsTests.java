package io.parley.voice.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parley.voice.agent.FlowDefinition.Intent;
import io.parley.voice.agent.FlowDefinition.SlotType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigsTests {

    @Test
    void theSampleBookingAgentLoadsWithItsWholeFlow() {
        AgentConfig agent = AgentConfigs.bookingSample();

        assertThat(agent.engines()).isEqualTo(EngineChoices.offline());
        assertThat(agent.greeting()).startsWith("Thanks for calling Trattoria Parley");
        Intent booking = agent.flow().intents().getFirst();
        assertThat(booking.name()).isEqualTo("book_table");
        assertThat(booking.tool()).isEqualTo("create_booking");
        assertThat(booking.slots()).extracting(FlowDefinition.Slot::type)
                .containsExactly(SlotType.NUMBER, SlotType.DATE, SlotType.TIME, SlotType.CHOICE, SlotType.NAME);
        assertThat(booking.slots().get(3).values()).containsExactly("inside", "on the patio", "at the bar");
        assertThat(agent.flow().intents()).filteredOn(Intent::handoff).extracting(Intent::name)
                .containsExactly("speak_to_person");
    }

    @Test
    void readsAFileAndFillsDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("faq.json");
        Files.writeString(file, """
                {"name": "FAQ line",
                 "flow": {"intents": [{"name": "hours", "examples": ["when are you open"], "reply": "Nine to five.",
                                       "slots": [{"name": "day", "type": "date", "prompt": "Which day?"}]}]}}
                """);

        AgentConfig agent = AgentConfigs.read(file);

        assertThat(agent.language()).isEqualTo("en-US");
        assertThat(agent.engines()).isEqualTo(EngineChoices.offline());
        assertThat(agent.flow().intents().getFirst().slots().getFirst().type()).isEqualTo(SlotType.DATE);
        assertThat(agent.flow().fallbackReply()).isNotBlank();
    }

    @Test
    void aTypoInTheConfigIsReportedNotIgnored() {
        String json = "{\"name\": \"x\", \"greting\": \"Hello\"}";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AgentConfigs.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .withMessageContaining("greting");
    }
}
