package io.parley.app.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The sessions this node has admitted: pending ones (token issued, no media yet) and live ones. Counts against
 * {@code parley.sessions.max-per-node}. Pending sessions whose token expired are handed to a reaper.
 */
@Component
public class LiveSessions {

    private record Slot(UUID workspaceId, Instant pendingUntil, boolean live) {
    }

    private final Map<UUID, Slot> slots = new ConcurrentHashMap<>();
    private volatile boolean draining;
    private final Clock clock;

    LiveSessions(Clock clock) {
        this.clock = clock;
    }

    /** The node is stopping: from now on no slot is reserved; live calls may finish. */
    public void startDraining() {
        draining = true;
    }

    public boolean draining() {
        return draining;
    }

    /** Reserves a slot if fewer than {@code max} are taken and the node is not draining. */
    public synchronized boolean reserve(UUID sessionId, UUID workspaceId, Instant pendingUntil, int max) {
        if (draining || slots.size() >= max) {
            return false;
        }
        slots.put(sessionId, new Slot(workspaceId, pendingUntil, false));
        return true;
    }

    /** Marks a reserved session live (its media connected); false if it was never reserved here or expired. */
    public boolean markLive(UUID sessionId) {
        return slots.computeIfPresent(sessionId, (id, s) -> new Slot(s.workspaceId(), s.pendingUntil(), true)) != null;
    }

    public void release(UUID sessionId) {
        slots.remove(sessionId);
    }

    public int count() {
        return slots.size();
    }

    public int liveCount() {
        return (int) slots.values().stream().filter(Slot::live).count();
    }

    /** Drops pending sessions whose token expired unused, telling {@code abandoned} which ones. */
    public void reapExpired(Consumer<Map.Entry<UUID, UUID>> abandoned) {
        Instant now = clock.instant();
        slots.forEach((id, slot) -> {
            if (!slot.live() && !now.isBefore(slot.pendingUntil()) && slots.remove(id, slot)) {
                abandoned.accept(Map.entry(id, slot.workspaceId()));
            }
        });
    }
}
