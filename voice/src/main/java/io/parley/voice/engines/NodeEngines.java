package io.parley.voice.engines;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.tts.TextToSpeech;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SequencedSet;

/**
 * Every engine a node can run, offline and remote, and the fallback chains an agent's choices ask for: the primary
 * first, then the engines named in its {@value EngineChoices#FALLBACK_OPTION} option, or by default pocketsphinx
 * behind a cloud recogniser and the offline voices behind any voice. Fallbacks are built from their bare engine
 * name (node settings, no agent options).
 *
 * <pre>{@code
 * NodeEngines engines = new NodeEngines(OfflineEngines.withDefaults(), new RemoteEngines(settings));
 * List<SpeechToText> stt = engines.recognisers(EngineChoice.of("deepgram"));  // deepgram, pocketsphinx
 * }</pre>
 */
public final class NodeEngines {

    private final OfflineEngines offline;
    private final RemoteEngines remote;

    public NodeEngines(OfflineEngines offline, RemoteEngines remote) {
        this.offline = Objects.requireNonNull(offline, "offline");
        this.remote = Objects.requireNonNull(remote, "remote");
    }

    /** Recognisers for {@code primary}, primary first. */
    public List<SpeechToText> recognisers(EngineChoice primary) {
        List<String> defaults = EngineChoices.OFFLINE_STT_ENGINES.contains(name(primary))
                ? List.of() : EngineChoices.OFFLINE_STT_ENGINES;
        List<SpeechToText> chain = new ArrayList<>();
        chain.add(recogniser(primary));
        for (String fallback : fallbacks(primary, defaults, EngineChoices.STT_ENGINES, "STT")) {
            chain.add(recogniser(EngineChoice.of(fallback)));
        }
        return chain;
    }

    /** Voices for {@code primary}, primary first. */
    public List<TextToSpeech> voices(EngineChoice primary) {
        List<TextToSpeech> chain = new ArrayList<>();
        chain.add(voice(primary));
        for (String fallback : fallbacks(primary, EngineChoices.OFFLINE_TTS_ENGINES, EngineChoices.TTS_ENGINES, "TTS")) {
            chain.add(voice(EngineChoice.of(fallback)));
        }
        return chain;
    }

    /** The agent's reply model and its fallbacks, primary first, with their names. */
    public List<Named<StreamingChatModel>> replyModels(AgentConfig agent, Clock clock) {
        EngineChoice primary = agent.engines().llm();
        List<Named<StreamingChatModel>> chain = new ArrayList<>();
        chain.add(new Named<>(name(primary), remote.chatModel(agent, clock)));
        for (String fallback : fallbacks(primary, List.of(), EngineChoices.LLM_ENGINES, "LLM")) {
            EngineChoices engines = new EngineChoices(agent.engines().stt(), EngineChoice.of(fallback),
                    agent.engines().tts());
            AgentConfig other = new AgentConfig(agent.name(), agent.instructions(), agent.greeting(), agent.language(),
                    agent.voice(), engines, agent.flow());
            chain.add(new Named<>(fallback, remote.chatModel(other, clock)));
        }
        return chain;
    }

    /** An engine with the name events and metrics show for it. */
    public record Named<T>(String name, T engine) { }

    private SpeechToText recogniser(EngineChoice choice) {
        return EngineChoices.OFFLINE_STT_ENGINES.contains(name(choice))
                ? offline.speechToText(choice) : remote.speechToText(choice);
    }

    private TextToSpeech voice(EngineChoice choice) {
        return EngineChoices.OFFLINE_TTS_ENGINES.contains(name(choice))
                ? offline.textToSpeech(choice) : remote.textToSpeech(choice);
    }

    /** The fallback engine names for {@code primary}: its option, else {@code defaults}; never the primary itself. */
    static List<String> fallbacks(EngineChoice primary, List<String> defaults, List<String> known, String kind) {
        String option = primary.options().get(EngineChoices.FALLBACK_OPTION);
        List<String> names = option == null ? defaults
                : "none".equalsIgnoreCase(option.strip()) ? List.of()
                : Arrays.stream(option.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).toList();
        SequencedSet<String> chain = new LinkedHashSet<>();
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown " + kind + " fallback engine '" + name + "'; allowed: "
                        + String.join(", ", known));
            }
            if (!name.equals(name(primary))) {
                chain.add(name);
            }
        }
        return List.copyOf(chain);
    }

    private static String name(EngineChoice choice) {
        return choice.engine() == null ? "" : choice.engine().strip().toLowerCase(Locale.ROOT);
    }
}
