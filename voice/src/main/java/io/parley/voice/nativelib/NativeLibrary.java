package io.parley.voice.nativelib;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A shared library found on the system and looked up through FFM. Loaded once into the global arena: the engines
 * keep their libraries for the life of the JVM, which is what the dynamic loader does anyway.
 */
public final class NativeLibrary {

    private static final Linker LINKER = Linker.nativeLinker();

    private final String name;
    private final SymbolLookup lookup;

    private NativeLibrary(String name, SymbolLookup lookup) {
        this.name = name;
        this.lookup = lookup;
    }

    /**
     * Loads the first of {@code candidates} (sonames or absolute paths) that the dynamic loader can open.
     *
     * @param displayName the library's human name, used in errors
     * @param packageHint what to install when none is found, e.g. the Debian package
     * @throws NativeLibraryUnavailableException when none of the candidates loads
     */
    public static NativeLibrary load(String displayName, String packageHint, List<String> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        List<String> failures = new ArrayList<>();
        for (String candidate : candidates) {
            try {
                return new NativeLibrary(candidate, SymbolLookup.libraryLookup(candidate, Arena.global()));
            } catch (IllegalArgumentException notFound) {
                failures.add(candidate);
            }
        }
        throw NativeLibraryUnavailableException.notFound(displayName, packageHint, failures);
    }

    /** The soname or path that was loaded. */
    public String name() {
        return name;
    }

    /** A downcall handle for {@code symbol}; fails at load time, not at first call, when the symbol is missing. */
    public MethodHandle function(String symbol, FunctionDescriptor descriptor, Linker.Option... options) {
        return LINKER.downcallHandle(address(symbol), descriptor, options);
    }

    /** The address of an exported symbol. */
    public MemorySegment address(String symbol) {
        return lookup.find(symbol).orElseThrow(() -> NativeLibraryUnavailableException.missingSymbol(name, symbol));
    }

    /** Whether the library exports {@code symbol}. */
    public boolean has(String symbol) {
        return lookup.find(symbol).isPresent();
    }

    /** The platform's linker, for upcall stubs. */
    public static Linker linker() {
        return LINKER;
    }
}
