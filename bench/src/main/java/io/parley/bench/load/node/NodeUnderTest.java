package io.parley.bench.load.node;

import java.util.OptionalLong;

/** The Parley node the callers call: one the harness launched, or one already running. */
public interface NodeUnderTest extends AutoCloseable {

    /** e.g. {@code http://127.0.0.1:18080} */
    String baseUrl();

    /** The node's process id when it runs on this machine and the harness knows it (for /proc and jcmd). */
    OptionalLong pid();

    /** The node's PostgreSQL when the harness owns it (needed for the database fault), else null. */
    PostgresServer postgres();

    @Override
    void close();

    /** A node someone else started. */
    static NodeUnderTest running(String baseUrl, OptionalLong pid) {
        return new NodeUnderTest() {
            public String baseUrl() { return baseUrl; }
            public OptionalLong pid() { return pid; }
            public PostgresServer postgres() { return null; }
            public void close() { }
        };
    }
}
