package io.parley.voice.stt.pocketsphinx;

import io.parley.voice.engines.testing.Speech;
import io.parley.voice.engines.testing.Wav;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Utterances with their reference transcripts: Debian's pocketsphinx-testdata recordings and espeak-ng speech. */
record RecognitionCorpus(String name, List<Utterance> utterances) {

    record Utterance(String id, String reference, short[] pcm) {
        double seconds() {
            return pcm.length / 16_000.0;
        }
    }

    static final Path TESTDATA = Path.of("/usr/share/pocketsphinx/test/data");

    /** Phrases a booking agent's flow expects (intent examples and slot values): what the pipeline passes as hints. */
    static final List<String> BOOKING_HINTS = List.of(
            "book a table", "table for two", "table for four", "cancel my reservation", "change the booking",
            "seven pm", "eight o'clock", "tomorrow evening", "friday", "sunday", "what time do you open",
            "yes", "no", "that is correct", "thank you", "booked");

    private static final List<String> BOOKING_SENTENCES = List.of(
            "book a table for two",
            "your table for two is booked for seven pm",
            "I would like to cancel my reservation",
            "can I change the booking to friday",
            "a table for four at eight o'clock please",
            "do you have anything available tomorrow evening",
            "yes that is correct",
            "no thank you",
            "what time do you open on sunday",
            "my name is john smith");

    /** The recorded read speech (LibriVox) and card names of pocketsphinx-testdata, plus "go forward ten meters". */
    static RecognitionCorpus recorded() throws IOException {
        List<Utterance> all = new ArrayList<>();
        all.addAll(fromTranscription(TESTDATA.resolve("librivox"), "transcription"));
        all.addAll(fromTranscription(TESTDATA.resolve("cards"), "cards.transcription"));
        all.add(new Utterance("goforward", "go forward ten meters",
                Wav.raw(TESTDATA.resolve("goforward.raw"), 16_000).samples()));
        return new RecognitionCorpus("pocketsphinx-testdata", all);
    }

    /** Booking-domain sentences spoken by espeak-ng (en-us), resampled to 16 kHz. */
    static RecognitionCorpus synthesized() {
        List<Utterance> all = new ArrayList<>();
        for (String sentence : BOOKING_SENTENCES) {
            all.add(new Utterance(sentence, sentence, Speech.espeak16k(sentence, "en-us")));
        }
        return new RecognitionCorpus("espeak-ng booking sentences", all);
    }

    private static List<Utterance> fromTranscription(Path dir, String file) throws IOException {
        Pattern line = Pattern.compile("<s>(.*)</s>\\s*\\((.+)\\)");
        List<Utterance> out = new ArrayList<>();
        for (String text : Files.readAllLines(dir.resolve(file))) {
            Matcher m = line.matcher(text.trim());
            if (m.matches()) {
                String id = m.group(2).trim();
                out.add(new Utterance(id, m.group(1).trim(), Wav.read(dir.resolve(id + ".wav")).samples()));
            }
        }
        return out;
    }
}
