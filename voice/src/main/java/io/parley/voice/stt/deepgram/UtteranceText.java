package io.parley.voice.stt.deepgram;

import java.util.ArrayList;
import java.util.List;

/**
 * What Deepgram has transcribed of one utterance so far: the stretches it marked {@code is_final}, the interim text
 * after them, their mean confidence, and whether its endpointing has closed the utterance. Not thread-safe: the
 * stream guards it.
 */
final class UtteranceText {

    private final List<String> finals = new ArrayList<>();
    private String interim = "";
    private String lastPartial = "";
    private double confidenceSum;
    private int confidenceCount;
    private boolean settled;

    /** Takes in one result; returns the transcript to report as a partial, or null when nothing changed. */
    String add(DeepgramMessage.Results result) {
        String text = result.transcript().strip();
        if (result.isFinal()) {
            if (!text.isEmpty()) {
                finals.add(text);
                if (!Double.isNaN(result.confidence())) {
                    confidenceSum += result.confidence();
                    confidenceCount++;
                }
            }
            interim = "";
            if (result.speechFinal()) {
                settled = true;
            } else if (!text.isEmpty()) {
                settled = false;
            }
        } else {
            interim = text;
            if (!text.isEmpty()) {
                settled = false; // speech after the endpoint: the utterance goes on
            }
        }
        String heard = text();
        if (heard.isEmpty() || heard.equals(lastPartial)) {
            return null;
        }
        lastPartial = heard;
        return heard;
    }

    /** Deepgram's endpointing ended the utterance and no speech has been heard since. */
    boolean settled() {
        return settled && interim.isBlank();
    }

    /** The final stretches, then the interim one. */
    String text() {
        String joined = String.join(" ", finals);
        return interim.isEmpty() ? joined : (joined.isEmpty() ? interim : joined + " " + interim);
    }

    /** The mean confidence of the final stretches; NaN when there is no text or no confidence. */
    double confidence() {
        return confidenceCount == 0 || text().isEmpty() ? Double.NaN : confidenceSum / confidenceCount;
    }
}
