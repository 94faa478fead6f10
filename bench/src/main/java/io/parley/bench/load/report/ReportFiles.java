package io.parley.bench.load.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a report as JSON and HTML under the report directory, and as {@code latest.json} / {@code latest.html}. */
public final class ReportFiles {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportFiles() {
    }

    /** @return the JSON file written */
    public static Path write(LoadReport report, Path directory, String label) throws IOException {
        Files.createDirectories(directory);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        String name = "load-" + stamp + (label == null ? "" : "-" + label.replaceAll("[^A-Za-z0-9_.-]", "_"));
        String json = json(report);
        String html = ReportPage.html(report);
        Path jsonFile = directory.resolve(name + ".json");
        Files.writeString(jsonFile, json);
        Files.writeString(directory.resolve(name + ".html"), html);
        Files.writeString(directory.resolve("latest.json"), json);
        Files.writeString(directory.resolve("latest.html"), html);
        return jsonFile;
    }

    public static String json(LoadReport report) {
        return JSON.writeValueAsString(report);
    }
}
