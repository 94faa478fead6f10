package io.parley.voice.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an {@link AgentConfig} from JSON in the shape the control plane stores:
 * <pre>{@code
 * AgentConfig agent = AgentConfigs.read(Path.of("booking-agent.json"));
 * AgentConfig sample = AgentConfigs.bookingSample();
 * }</pre>
 * Enum values (slot types) may be written in any case and missing fields take their defaults; unknown fields
 * are rejected so typos surface early.
 */
public final class AgentConfigs {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An intent without "handoff" simply does not hand off.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final String BOOKING_SAMPLE = "/agents/booking-agent.json";

    private AgentConfigs() {
    }

    public static AgentConfig read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read agent config " + file, e);
        }
    }

    public static AgentConfig read(InputStream json) {
        return read(json, "stream");
    }

    /** The restaurant booking agent shipped with Parley, a working example of a flow. */
    public static AgentConfig bookingSample() {
        try (InputStream in = AgentConfigs.class.getResourceAsStream(BOOKING_SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(BOOKING_SAMPLE + " is missing from the classpath");
            }
            return read(in, BOOKING_SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AgentConfig read(InputStream json, String source) {
        try {
            return JSON.readValue(json, AgentConfig.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid agent config in " + source + ": " + e.getOriginalMessage(), e);
        }
    }
}
