package io.parley.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.app.ParleyIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** How the node serves the dashboard next to its API: page routes, asset caching, and what it leaves alone. */
@ParleyIntegrationTest
class DashboardServingTests {

    @LocalServerPort
    int port;
    WebTestClient http;

    @BeforeEach
    void setUp() {
        assumeTrue(new ClassPathResource("dashboard/index.html").exists(),
                "the dashboard was not built (-Dparley.frontend.skip=true)");
        // The OpenAPI document is built on first request (seconds on a busy machine); the script bundle is large.
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
    }

    @Test
    void everyPageRouteOfTheAppGetsItsIndexRevalidatedOnEachLoad() {
        for (String path : new String[] {"/", "/login", "/w/4980bd28-3be2-4d5e-b955-bb30de3bafb4/sessions/abc"}) {
            String html = http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().cacheControl(CacheControl.noCache())
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(html).as(path).contains("<div id=\"root\"></div>").contains("/assets/");
        }
    }

    @Test
    void hashedAssetsAreCachedForGood() {
        String html = http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(script.find()).as("index.html loads a hashed script: %s", html).isTrue();
        byte[] js = http.get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, v -> assertThat(v).contains("immutable")
                        .contains("max-age=31536000"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(js, StandardCharsets.UTF_8)).contains("/v1/");
    }

    @Test
    void theApiTheDocsAndOtherStaticPagesAreLeftAlone() {
        http.get().uri("/v1/me").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/v1/no-such-endpoint").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/v3/api-docs").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"openapi\""));
        http.get().uri("/actuator/health").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("id=\"root\""));
        http.get().uri("/session-call.html").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("<div id=\"root\"></div>"));
        http.get().uri("/assets/missing-file.js").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound();
    }
}
