package io.parley.app.media.kurento;

/**
 * A Kurento Media Server answered a request with a JSON-RPC error, or never answered it (connection lost, timeout).
 *
 * @see #code() the KMS error code, e.g. 40101 for an unknown object; 0 when the server gave no answer
 */
public class KmsException extends RuntimeException {

    private final int code;
    private final String type;

    public KmsException(int code, String type, String message) {
        super(message);
        this.code = code;
        this.type = type;
    }

    /** The JSON-RPC error code (KMS codes such as 40201 for invalid SDP), or 0 when no answer came. */
    public int code() {
        return code;
    }

    /** The KMS error type from {@code error.data.type}, e.g. {@code SDP_PARSE_ERROR}; null when absent. */
    public String type() {
        return type;
    }

    static KmsException noAnswer(String message) {
        return new KmsException(0, null, message);
    }
}
