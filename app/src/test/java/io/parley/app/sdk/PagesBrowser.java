package io.parley.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One headless Chromium (Debian's, driven by playwright-core through src/test/browser/sdk-pages.mjs) shared by
 * every page a test opens, with a WAV file as its microphone. Each page's result comes back as one JSON line.
 */
final class PagesBrowser implements AutoCloseable {

    private static final Path BROWSER_DIR = Path.of("src/test/browser");
    private static final long PAGE_TIMEOUT_SECONDS = 100;
    /** Each page as it looked at the end of its turn, kept as a build artifact. */
    static final Path SCREENSHOTS = Path.of("target/sdk-pages-screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process node;
    private final Writer urls;
    private final Path log;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>(64);

    private PagesBrowser(Process node, Path log) {
        this.node = node;
        this.log = log;
        this.urls = node.outputWriter(StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("parley-sdk-pages-stdout").start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.offer(line);
                }
            } catch (IOException ended) {
                // The browser process is gone; a waiting test times out with the log.
            }
        });
    }

    static PagesBrowser launch(Path microphoneWav) throws IOException, InterruptedException {
        Path log = Files.createTempFile("parley-sdk-pages-", ".log");
        Path screenshots = Files.createDirectories(SCREENSHOTS);
        ProcessBuilder builder = new ProcessBuilder("node", BROWSER_DIR.resolve("sdk-pages.mjs").toAbsolutePath()
                .toString(), microphoneWav.toAbsolutePath().toString())
                .directory(BROWSER_DIR.toFile()).redirectError(log.toFile());
        builder.environment().put("PARLEY_SCREENSHOTS", screenshots.toAbsolutePath().toString());
        Process node = builder.start();
        PagesBrowser browser = new PagesBrowser(node, log);
        JsonNode ready = browser.next(60);
        assertThat(ready.path("ready").asBoolean()).as("Chromium started: %s%n%s", ready, browser.log()).isTrue();
        return browser;
    }

    /** Opens the page, clicks its Talk button and returns what the page published when it was done. */
    JsonNode run(String url) throws IOException, InterruptedException {
        urls.write(url + "\n");
        urls.flush();
        return next(PAGE_TIMEOUT_SECONDS);
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private JsonNode next(long timeoutSeconds) throws IOException, InterruptedException {
        String line = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
        assertThat(line).as("the browser answered within %d s; its log:%n%s", timeoutSeconds, log()).isNotNull();
        return JSON.readTree(line);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            urls.close();
        } catch (IOException alreadyGone) {
            // Nothing left to tell it.
        }
        if (!node.waitFor(30, TimeUnit.SECONDS)) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        Files.deleteIfExists(log);
    }
}
