package io.parley.app.session;

import org.springframework.web.reactive.socket.CloseStatus;

/** Close codes of the session socket (documented in docs/session-protocol.md). */
final class CloseCodes {

    static final CloseStatus BAD_TOKEN = new CloseStatus(4401, "invalid or expired session token");
    static final CloseStatus WRONG_SESSION = new CloseStatus(4403, "token is for another session");
    static final CloseStatus SESSION_GONE = new CloseStatus(4404, "session unknown or ended");
    static final CloseStatus REPLACED = new CloseStatus(4409, "replaced by a newer connection to this session");
    static final CloseStatus AT_CAPACITY = new CloseStatus(4503, "node at capacity");
    static final CloseStatus TOO_MANY_ERRORS = new CloseStatus(1008, "too many protocol errors");

    private CloseCodes() {
    }

    static CloseStatus ended(String reason) {
        return new CloseStatus(1000, reason.length() > 100 ? reason.substring(0, 100) : reason);
    }
}
