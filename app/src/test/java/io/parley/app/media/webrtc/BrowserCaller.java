package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one call from Debian's headless Chromium (driven by playwright-core, never a downloaded browser) against a
 * page URL, with a WAV file as the microphone, and returns what the page measured.
 */
public final class BrowserCaller {

    static final Path BROWSER_DIR = Path.of("src/test/browser");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final long CALL_TIMEOUT_SECONDS = 90;

    private BrowserCaller() {
    }

    /** Skips the calling test, with the reason, when this machine has no Chromium or no Node.js. */
    public static void assumeBrowserAvailable() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium); skipping the real-browser WebRTC test");
        assumeTrue(commandWorks(List.of("node", "--version")),
                "Node.js is not installed (apt-get install nodejs npm); skipping the real-browser WebRTC test");
    }

    /** Installs the pinned playwright-core from package-lock.json when it is not there yet. */
    public static void ensurePlaywright() throws IOException, InterruptedException {
        if (Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(BROWSER_DIR.toFile()).redirectErrorStream(true).start();
        npm.getOutputStream().close();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor(180, TimeUnit.SECONDS)).as("npm ci finished").isTrue();
        assertThat(npm.exitValue()).as("npm ci in %s:%n%s", BROWSER_DIR, output).isZero();
    }

    /** Speech for the fake microphone, synthesized by espeak-ng (22.05 kHz mono PCM16 WAV). */
    public static Path speechWav(Path directory, String text) throws IOException, InterruptedException {
        Path wav = directory.resolve("caller-speech.wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-s", "150", "-w", wav.toString(), text)
                .redirectErrorStream(true).start();
        String output = new String(espeak.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(espeak.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(espeak.exitValue()).as("espeak-ng (apt-get install espeak-ng): %s", output).isZero();
        return wav;
    }

    /** Runs the call and returns the page's result; the browser process is bounded by a timeout. */
    public static JsonNode call(String url, Path microphoneWav) throws IOException, InterruptedException {
        Path script = BROWSER_DIR.resolve("call.mjs").toAbsolutePath();
        Path log = Files.createTempFile("parley-browser-", ".log");
        Process node = new ProcessBuilder("node", script.toString(), url, microphoneWav.toAbsolutePath().toString())
                .directory(BROWSER_DIR.toFile()).redirectError(log.toFile()).start();
        node.getOutputStream().close();
        byte[] stdout = node.getInputStream().readAllBytes();
        boolean finished = node.waitFor(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        String browserLog = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(finished).as("the browser call finished within %d s; log:%n%s", CALL_TIMEOUT_SECONDS, browserLog)
                .isTrue();
        String lastLine = new String(stdout, StandardCharsets.UTF_8).strip().lines()
                .reduce((first, second) -> second).orElse("{}");
        JsonNode result = JsonMapper.builder().build().readTree(lastLine);
        assertThat(result.has("error")).as("the page failed: %s%nbrowser log:%n%s", result.path("error"), browserLog)
                .isFalse();
        return result;
    }

    private static boolean commandWorks(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException unavailable) {
            return false;
        }
    }
}
