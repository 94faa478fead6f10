package io.parley.voice.nativelib;

/** A native engine call returned an error code or a null handle. */
public final class NativeCallException extends RuntimeException {

    private NativeCallException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code call} returned the error code {@code code}. */
    public static NativeCallException failed(String call, long code) {
        return new NativeCallException(call + " failed with code " + code, null);
    }

    /** {@code call} returned NULL where an object was expected. */
    public static NativeCallException returnedNull(String call) {
        return new NativeCallException(call + " returned NULL", null);
    }

    /** {@code call} failed in a way described by {@code detail}. */
    public static NativeCallException failed(String call, String detail) {
        return new NativeCallException(call + " failed: " + detail, null);
    }

    /** Invoking the downcall itself threw (a linkage problem, never an engine error). */
    public static NativeCallException invocation(String call, Throwable cause) {
        if (cause instanceof NativeCallException known) {
            return known;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new NativeCallException(call + " could not be invoked: " + cause, cause);
    }
}
