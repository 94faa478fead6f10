package io.parley.app.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document describes every API endpoint the node serves. */
@ParleyIntegrationTest
class OpenApiTests {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiPathIsDocumented() {
        Map<?, ?> doc = new ApiClient(port).call(HttpMethod.GET, "/v3/api-docs", null, null, 200);
        assertThat(((Map<?, ?>) doc.get("info")).get("title")).isEqualTo("Parley API");
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns()
                .forEach(p -> served.add(p.getPatternString())));
        served.removeIf(p -> !p.startsWith("/v1/"));
        assertThat(new TreeSet<Object>(((Map<?, ?>) doc.get("paths")).keySet())).containsAll(served);
    }
}
