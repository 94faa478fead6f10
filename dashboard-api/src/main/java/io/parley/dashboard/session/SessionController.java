package io.parley.dashboard.session;

import io.parley.dashboard.web.CurrentCaller;
import io.parley.tenant.PageQuery;
import io.parley.tenant.PageView;
import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionFilter;
import io.parley.tenant.session.SessionLog;
import io.parley.tenant.session.SessionOutcome;
import io.parley.tenant.session.SessionSummary;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Sessions and their interaction logs, newest first, filterable by deployment, start time and outcome. */
@RestController
@RequestMapping("/v1/workspaces/{workspaceId}/sessions")
class SessionController {

    private final SessionLog sessions;

    SessionController(SessionLog sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    Mono<PageView<SessionSummary>> list(@PathVariable UUID workspaceId,
                                        @RequestParam(required = false) UUID deploymentId,
                                        @RequestParam(required = false) Instant from,
                                        @RequestParam(required = false) Instant to,
                                        @RequestParam(required = false) SessionOutcome outcome,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        return CurrentCaller.call(caller -> sessions.list(caller, workspaceId,
                new SessionFilter(deploymentId, from, to, outcome), new PageQuery(page, size)));
    }

    @GetMapping("/{sessionId}")
    Mono<SessionSummary> get(@PathVariable UUID workspaceId, @PathVariable UUID sessionId) {
        return CurrentCaller.call(caller -> sessions.get(caller, workspaceId, sessionId));
    }

    @GetMapping("/{sessionId}/events")
    Mono<PageView<InteractionEvent>> events(@PathVariable UUID workspaceId, @PathVariable UUID sessionId,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "200") int size) {
        return CurrentCaller.call(caller -> sessions.events(caller, workspaceId, sessionId, new PageQuery(page, size)));
    }
}
