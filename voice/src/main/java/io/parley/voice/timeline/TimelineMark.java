package io.parley.voice.timeline;

/** The instants of one turn, in the order a healthy turn passes them. */
public enum TimelineMark {
    USER_SPEECH_END("user_speech_end"),
    END_OF_TURN("end_of_turn"),
    STT_FINAL("stt_final"),
    LLM_FIRST_TOKEN("llm_first_token"),
    FIRST_SENTENCE("first_sentence"),
    TTS_FIRST_AUDIO("tts_first_audio"),
    FIRST_AUDIO_OUT("first_audio_out"),
    CLIENT_PLAYBACK_START("client_playback_start");

    private final String wireName;

    TimelineMark(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
