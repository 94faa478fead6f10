package io.parley.voice.pipeline.spi;

import io.parley.voice.settings.RealtimeSettings;
import io.parley.voice.turn.TurnEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Parley's turn detector (VAD hysteresis, minimum speech, transcript hints that wait longer after an unfinished
 * sentence and less after a question) behind the pipeline's {@link TurnDetector} interface.
 */
public final class StandardTurnDetector implements TurnDetector {

    private final io.parley.voice.turn.TurnDetector detector;

    public StandardTurnDetector(RealtimeSettings settings) {
        this.detector = new io.parley.voice.turn.TurnDetector(settings);
    }

    @Override
    public List<TurnSignal> onFrame(short[] pcm, float speechProbability) {
        List<TurnEvent> events = detector.onFrame(pcm, speechProbability);
        if (events.isEmpty()) {
            return List.of();
        }
        List<TurnSignal> signals = new ArrayList<>(events.size());
        for (TurnEvent event : events) {
            signals.add(switch (event) {
                case TurnEvent.SpeechStarted s -> new TurnSignal.SpeechStarted(s.speechStartMs(), s.continuesTurn(), s.audio());
                case TurnEvent.SpeechEnded e -> new TurnSignal.SpeechPaused(e.speechEndMs());
                case TurnEvent.EndOfTurn e -> new TurnSignal.TurnEnded(e.speechEndMs());
                case TurnEvent.SpeechDiscarded d -> new TurnSignal.Discarded(d.durationMs());
            });
        }
        return signals;
    }

    @Override
    public void onTranscript(String partialText) {
        detector.onTranscript(partialText);
    }
}
