package io.parley.voice.pipeline;

import dev.langchain4j.model.chat.response.StreamingHandle;
import io.parley.voice.pipeline.clock.SessionClock.Cancellable;
import io.parley.voice.pipeline.spi.ReplyTextStage;
import io.parley.voice.timeline.TimelineRecorder;
import io.parley.voice.tts.TtsJob;

import java.util.ArrayList;
import java.util.List;

/** The state of one agent turn: its reply stream, its sentences and their synthesis. Session thread only. */
final class AgentTurn {

    /** One piece of the reply as spoken. */
    static final class Sentence {
        /** As written: events and context. */
        final String text;
        /** As said: what the voice is given. */
        final String spoken;
        /** Joins the conversation when heard (recovery lines do not). */
        final boolean context;
        boolean played;
        boolean failed;

        Sentence(String text, String spoken, boolean context) {
            this.text = text;
            this.spoken = spoken;
            this.context = context;
        }
    }

    final long id;
    final TimelineRecorder timeline;
    final List<Sentence> sentences = new ArrayList<>();
    final StringBuilder heardContext = new StringBuilder();

    // Reply model
    boolean llmDone;
    int llmAttempt;
    int llmFailuresOnEngine;
    boolean holdOnSpoken;
    boolean speakableGenerated;
    int toolRounds;
    StreamingHandle handle;
    Cancellable llmTimer = Cancellable.NONE;
    ReplyTextStage text;

    // Synthesis
    int nextToSynth;
    int ttsAttempt;
    int ttsFailuresOnEngine;
    boolean ttsGotAudio;
    boolean voiceLost;
    TtsJob job;
    Cancellable ttsTimer = Cancellable.NONE;

    boolean audioStarted;

    AgentTurn(long id, TimelineRecorder timeline) {
        this.id = id;
        this.timeline = timeline;
    }

    /** Adds a sentence to speak after those already queued; returns its index. */
    int append(String text, String spoken, boolean context) {
        sentences.add(new Sentence(text, spoken, context));
        return sentences.size() - 1;
    }

    /** Puts a line to be spoken next, ahead of sentences not yet synthesised. */
    void insertNext(String text) {
        int at = job == null ? nextToSynth : nextToSynth + 1;
        sentences.add(Math.min(at, sentences.size()), new Sentence(text, text, false));
    }

    boolean allPlayed() {
        for (Sentence s : sentences) {
            if (!s.played && !s.failed) {
                return false;
            }
        }
        return true;
    }

    boolean hasContextSentence() {
        return sentences.stream().anyMatch(s -> s.context);
    }

    void cancelEngines() {
        llmTimer.cancel();
        ttsTimer.cancel();
        if (handle != null) {
            try {
                handle.cancel();
            } catch (RuntimeException ignored) {
                // A provider failing to cancel must not keep the turn alive: its late tokens are dropped anyway.
            }
        }
        if (job != null) {
            job.cancel();
            job = null;
        }
    }
}
