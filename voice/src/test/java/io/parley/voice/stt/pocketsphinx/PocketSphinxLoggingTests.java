package io.parley.voice.stt.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The library's log is one process-wide FILE. If decoders set a log file, each new decoder fcloses the FILE that
 * decoders on other threads are writing to, and the heap is corrupted (seen as glibc aborting the JVM with
 * "unaligned tcache chunk detected"). Creating decoders must leave the log switched off.
 */
class PocketSphinxLoggingTests {

    @Test
    void creatingDecodersNeverReopensTheLibrarysLog() {
        PocketSphinxModel model = PocketSphinxModel.locateEnglish();
        try (PocketSphinxDecoder first = PocketSphinxDecoder.create(model);
             PocketSphinxDecoder second = PocketSphinxDecoder.create(model)) {
            first.start();
            first.process(new short[1600]);
            first.end();
            assertThat(second).isNotNull();
            assertThat(PocketSphinxNative.get().loggingDisabled()).isTrue();
        }
    }
}
