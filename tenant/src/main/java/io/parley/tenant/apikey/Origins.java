package io.parley.tenant.apikey;

import io.parley.tenant.problem.Checks;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Web origins as browsers send them: {@code scheme://host[:port]}, no path, no wildcard. */
public final class Origins {

    public static final int MAX_ORIGINS = 20;

    private Origins() {
    }

    /** Validates each origin into {@code checks} under {@code field} and returns them normalized. */
    public static List<String> normalize(List<String> origins, String field, Checks checks) {
        if (origins == null) {
            return List.of();
        }
        checks.size(origins, field, MAX_ORIGINS);
        return origins.stream().map(o -> {
            String normalized = normalizeOne(o);
            checks.require(normalized != null, field,
                    "'%s' is not an origin like https://shop.example.com (scheme, host and optional port only)"
                            .formatted(o));
            return normalized == null ? "" : normalized;
        }).distinct().toList();
    }

    static String normalizeOne(String origin) {
        if (origin == null || origin.length() > 255) {
            return null;
        }
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || !bare) {
                return null;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
