package io.parley.app.media.webrtc;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;

/**
 * A STUN or TURN server as a browser's {@code RTCIceServer} names it.
 *
 * @param urls       e.g. {@code stun:stun.example.org:3478}, {@code turn:turn.example.org:3478?transport=udp}
 * @param username   TURN username (for TURN REST credentials {@code <expiry>:<id>}), null for STUN
 * @param credential TURN password, null for STUN
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IceServer(@NotEmpty List<String> urls, String username, String credential) {

    public IceServer {
        Objects.requireNonNull(urls, "urls");
        if (urls.isEmpty() || urls.stream().anyMatch(url -> url == null || url.isBlank())) {
            throw new IllegalArgumentException("an ICE server needs at least one non-blank url");
        }
        urls = List.copyOf(urls);
    }

    public static IceServer stun(String url) {
        return new IceServer(List.of(url), null, null);
    }

    public static IceServer turn(String url, String username, String credential) {
        return new IceServer(List.of(url), username, credential);
    }
}
