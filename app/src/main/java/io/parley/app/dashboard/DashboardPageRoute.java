package io.parley.app.dashboard;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Which requests get the dashboard's index.html: a browser navigating (GET accepting text/html) to a path that is
 * neither the API, the OpenAPI document, the actuator, a dashboard asset, nor a file in {@code classpath:/static/}
 * (so pages other parts of Parley serve from there keep working).
 */
final class DashboardPageRoute implements RequestPredicate {

    private static final List<String> NOT_PAGES = List.of("/v1/", "/v3/", "/actuator/", "/assets/");

    private final boolean built;

    DashboardPageRoute(boolean built) {
        this.built = built;
    }

    @Override
    public boolean test(ServerRequest request) {
        if (!built || request.method() != HttpMethod.GET || !acceptsHtml(request)) {
            return false;
        }
        String path = request.path();
        for (String prefix : NOT_PAGES) {
            if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))) {
                return false;
            }
        }
        return path.equals("/") || !staticFileExists(path);
    }

    private static boolean acceptsHtml(ServerRequest request) {
        return request.headers().accept().stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML)
                && !type.isWildcardType());
    }

    private static boolean staticFileExists(String path) {
        if (path.contains("..")) {
            return false;
        }
        ClassPathResource file = new ClassPathResource("static" + path);
        return file.exists() && file.isReadable();
    }
}
