package io.parley.bench.load.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to a node's /v1 API, as a tenant's back end would call it. */
public final class JsonHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** A response: status, parsed body (an empty object when there is none) and the raw text. */
    public record Reply(int status, JsonNode body, String text) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Reply expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + ": " + text);
            }
            return this;
        }
    }

    private final String baseUrl;
    private final HttpClient http;

    public JsonHttp(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Reply get(String path, String bearer) {
        return send("GET", path, bearer, null);
    }

    public Reply post(String path, String bearer, Object body) {
        return send("POST", path, bearer, body);
    }

    public Reply patch(String path, String bearer, Object body) {
        return send("PATCH", path, bearer, body);
    }

    public Reply send(String method, String path, String bearer, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            String trimmed = text == null ? "" : text.stripLeading();
            JsonNode parsed = trimmed.startsWith("{") || trimmed.startsWith("[") ? JSON.readTree(text)
                    : JSON.createObjectNode();
            return new Reply(response.statusCode(), parsed, text);
        } catch (IOException e) {
            return new Reply(-1, JSON.createObjectNode(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, JSON.createObjectNode(), "interrupted");
        }
    }
}
