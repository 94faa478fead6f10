package io.parley.tenant.session;

import io.parley.tenant.Caller;
import io.parley.tenant.PageQuery;
import io.parley.tenant.PageView;
import io.parley.tenant.Permission;
import io.parley.tenant.problem.NotFound;
import io.parley.tenant.workspace.WorkspaceAccess;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads sessions and their interaction events for the dashboard and tenant back ends. */
@Service
public class SessionLog {

    private final SessionRepository sessions;
    private final InteractionEventRepository events;
    private final WorkspaceAccess access;

    SessionLog(SessionRepository sessions, InteractionEventRepository events, WorkspaceAccess access) {
        this.sessions = sessions;
        this.events = events;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public PageView<SessionSummary> list(Caller caller, UUID workspaceId, SessionFilter filter, PageQuery page) {
        access.require(caller, workspaceId, Permission.READ);
        Specification<SessionEntity> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("workspaceId"), workspaceId));
            if (filter.deploymentId() != null) {
                where.add(cb.equal(root.get("deploymentId"), filter.deploymentId()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("startedAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("startedAt"), filter.to()));
            }
            if (filter.outcome() != null) {
                where.add(cb.equal(root.get("outcome"), filter.outcome()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return PageView.of(sessions.findAll(spec, page.toPageable(Sort.by(Sort.Direction.DESC, "startedAt", "id"))),
                SessionLog::summary);
    }

    @Transactional(readOnly = true)
    public SessionSummary get(Caller caller, UUID workspaceId, UUID sessionId) {
        access.require(caller, workspaceId, Permission.READ);
        return summary(load(workspaceId, sessionId));
    }

    @Transactional(readOnly = true)
    public PageView<InteractionEvent> events(Caller caller, UUID workspaceId, UUID sessionId, PageQuery page) {
        access.require(caller, workspaceId, Permission.READ);
        load(workspaceId, sessionId);
        return PageView.of(events.findBySessionIdAndWorkspaceId(sessionId, workspaceId,
                page.toPageable(Sort.by("seq"))), SessionLog::event);
    }

    private SessionEntity load(UUID workspaceId, UUID sessionId) {
        return sessions.findByIdAndWorkspaceId(sessionId, workspaceId)
                .orElseThrow(() -> NotFound.of("Session", sessionId));
    }

    static SessionSummary summary(SessionEntity s) {
        return new SessionSummary(s.id, s.workspaceId, s.deploymentId, s.transport, s.startedAt, s.endedAt,
                s.outcome, s.endReason, s.turns, s.interruptions, s.errors);
    }

    private static InteractionEvent event(InteractionEventEntity e) {
        return new InteractionEvent(e.sessionId, e.seq, e.type, e.turnId, e.occurredAt, e.payload);
    }
}
