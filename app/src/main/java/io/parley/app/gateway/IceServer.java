package io.parley.app.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One entry of a browser's {@code RTCConfiguration.iceServers}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IceServer(List<String> urls, String username, String credential) {
}
