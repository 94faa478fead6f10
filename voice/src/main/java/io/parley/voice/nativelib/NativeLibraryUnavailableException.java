package io.parley.voice.nativelib;

import java.util.List;

/** A native engine library, or one of its symbols, is not installed on this node. */
public final class NativeLibraryUnavailableException extends RuntimeException {

    private NativeLibraryUnavailableException(String message) {
        super(message);
    }

    static NativeLibraryUnavailableException notFound(String library, String packageHint, List<String> tried) {
        return new NativeLibraryUnavailableException(
                library + " is not installed (tried " + String.join(", ", tried) + "); install " + packageHint);
    }

    static NativeLibraryUnavailableException missingSymbol(String library, String symbol) {
        return new NativeLibraryUnavailableException(
                library + " does not export " + symbol + ": an unsupported version of the library is installed");
    }
}
