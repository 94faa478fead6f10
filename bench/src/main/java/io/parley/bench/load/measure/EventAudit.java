package io.parley.bench.load.measure;

import io.parley.bench.load.caller.CallerOutcome;
import io.parley.bench.load.node.JsonHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * After a run, compares what every caller saw with what the node's interaction log holds
 * ({@code GET /v1/workspaces/{id}/sessions/{id}/events}): an event a caller received (by {@code seq}) that the log
 * lacks is lost, and so is a hole in the log's own numbering. Waits (bounded) for each log to be complete, since
 * the log is written off the hot path, and reads each session's outcome.
 */
public final class EventAudit {

    /**
     * @param eventsSeen      events the callers received
     * @param eventsStored    events the log holds for those sessions
     * @param lost            seen but not stored, plus holes in the stored numbering
     * @param incompleteLogs  sessions whose log had no {@code session_ended} within the wait
     * @param outcomes        sessions by stored outcome and end reason, e.g. {@code COMPLETED/client_ended}
     */
    public record Result(long eventsSeen, long eventsStored, long lost, int incompleteLogs,
                         Map<String, Integer> outcomes, List<String> examples) {
    }

    private static final int PAGE = 200;
    private static final int PARALLEL = 8;

    private final JsonHttp api;
    private final String workspaceId;
    private final String credential;

    public EventAudit(JsonHttp api, String workspaceId, String credential) {
        this.api = api;
        this.workspaceId = workspaceId;
        this.credential = credential;
    }

    public Result audit(List<CallerOutcome> calls, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Semaphore slots = new Semaphore(PARALLEL);
        List<Future<SessionLogCheck>> checks = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (CallerOutcome call : calls) {
                if (call.sessionId() != null) {
                    checks.add(pool.submit(() -> {
                        slots.acquire();
                        try {
                            return check(call, deadline);
                        } finally {
                            slots.release();
                        }
                    }));
                }
            }
            long seen = 0;
            long stored = 0;
            long lost = 0;
            int incomplete = 0;
            Map<String, Integer> outcomes = new TreeMap<>();
            List<String> examples = new ArrayList<>();
            for (Future<SessionLogCheck> f : checks) {
                SessionLogCheck c;
                try {
                    c = f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    examples.add("audit failed: " + e.getCause());
                    continue;
                }
                seen += c.seen;
                stored += c.stored;
                lost += c.lost;
                incomplete += c.complete ? 0 : 1;
                outcomes.merge(c.outcome, 1, Integer::sum);
                if (c.lost > 0 && examples.size() < 10) {
                    examples.add(c.sessionId + ": " + c.lost + " lost, e.g. seq " + c.firstLost);
                }
            }
            return new Result(seen, stored, lost, incomplete, outcomes, examples);
        }
    }

    private static final class SessionLogCheck {
        String sessionId;
        long seen;
        long stored;
        long lost;
        int firstLost = -1;
        boolean complete;
        String outcome = "unknown";
    }

    private SessionLogCheck check(CallerOutcome call, long deadline) throws InterruptedException {
        String path = "/v1/workspaces/" + workspaceId + "/sessions/" + call.sessionId();
        SessionLogCheck c = new SessionLogCheck();
        c.sessionId = call.sessionId();
        BitSet stored = new BitSet();
        while (true) {
            stored.clear();
            c.complete = readEvents(path, stored);
            if (c.complete || System.nanoTime() > deadline) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        JsonNode summary = api.get(path, credential).body();
        c.outcome = summary.path("outcome").asString("unknown") + "/" + summary.path("endReason").asString("");
        BitSet seen = call.seenSeqs();
        c.seen = seen.cardinality();
        c.stored = stored.cardinality();
        BitSet missing = (BitSet) seen.clone();
        missing.andNot(stored);
        int top = Math.max(stored.length(), seen.length());
        for (int seq = 1; seq < top; seq++) {
            if (!stored.get(seq)) {
                missing.set(seq); // a hole in the log's numbering is an event lost whether or not the caller saw it
            }
        }
        c.lost = missing.cardinality();
        c.firstLost = missing.nextSetBit(0);
        return c;
    }

    /** Reads every stored seq into {@code stored}; true when the log holds the call's {@code session_ended}. */
    private boolean readEvents(String path, BitSet stored) {
        boolean ended = false;
        for (int page = 0; page < 10_000; page++) {
            JsonHttp.Reply reply = api.get(path + "/events?page=" + page + "&size=" + PAGE, credential);
            if (!reply.ok()) {
                return false;
            }
            JsonNode items = reply.body().path("items");
            for (JsonNode item : items) {
                stored.set(item.path("seq").asInt());
                ended |= "session_ended".equals(item.path("type").asString());
            }
            if (items.size() < PAGE) {
                break;
            }
        }
        return ended;
    }
}
