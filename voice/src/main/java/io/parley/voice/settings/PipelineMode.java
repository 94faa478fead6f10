package io.parley.voice.settings;

/** Whether a deployment runs Parley's own streaming pipeline or hands audio to a realtime speech model. */
public enum PipelineMode {
    /** STT, LLM and TTS as separate streaming stages (the default; every stage is observable). */
    PIPELINE,
    /** A speech-to-speech model; turn detection and barge-in still run in Parley. */
    REALTIME
}
