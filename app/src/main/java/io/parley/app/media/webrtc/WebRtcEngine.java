package io.parley.app.media.webrtc;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;

/**
 * The native WebRTC stack of one call: a peer connection factory over its own headless audio device module (no
 * sound card; its playout thread pulls the decoded caller audio every 10 ms, which is what feeds the remote
 * track's sink).
 *
 * <p>Why one per call, and why recording is stopped: WebRTC starts the module's recording as soon as a sending
 * stream starts, and the headless module's capture thread then feeds every sending stream of its factory with the
 * factory's mixed playout, i.e. the callers' own voices. Shared by several calls, that would send one caller's
 * audio to another; next to each call's own agent source it also races that source inside the send stream, which
 * the native library answers with a fatal check. So every call owns its factory, and {@link #stopRecording()}
 * is called before any agent audio is pushed.
 *
 * <p>Teardown order matters to the native library: the call's peer connection must be closed before
 * {@link #close()}, which stops playout, then disposes the factory, then the audio module.
 */
final class WebRtcEngine implements AutoCloseable {

    private final HeadlessAudioDeviceModule audioModule;
    private final PeerConnectionFactory factory;

    WebRtcEngine() {
        audioModule = new HeadlessAudioDeviceModule();
        factory = new PeerConnectionFactory(audioModule);
        audioModule.initPlayout();
        audioModule.startPlayout();
    }

    PeerConnectionFactory factory() {
        return factory;
    }

    /** Stops the capture thread WebRTC starts with the sending stream; cheap when it is not running. */
    void stopRecording() {
        audioModule.stopRecording();
    }

    @Override
    public void close() {
        try {
            audioModule.stopRecording();
            audioModule.stopPlayout();
        } catch (Throwable ignored) {
            // Stopping what never ran is not worth failing the teardown for.
        }
        factory.dispose();
        audioModule.dispose();
    }
}
