package io.parley.dashboard.overview;

import io.parley.dashboard.web.CurrentCaller;
import io.parley.tenant.overview.DeploymentOverview;
import io.parley.tenant.overview.Overview;
import io.parley.tenant.overview.OverviewWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A deployment's charts: sessions, turns, voice-to-voice and per-stage latency percentiles, interruptions, engine
 * errors and refused sessions per time bucket (default: the last 24 hours by the hour).
 */
@RestController
class OverviewController {

    private final DeploymentOverview overview;
    private final Clock clock;

    OverviewController(DeploymentOverview overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping("/v1/workspaces/{workspaceId}/deployments/{deploymentId}/overview")
    Mono<Overview> overview(@PathVariable UUID workspaceId, @PathVariable UUID deploymentId,
                            @RequestParam(required = false) Instant from,
                            @RequestParam(required = false) Instant to,
                            @RequestParam(required = false) Integer bucketMinutes) {
        return CurrentCaller.call(caller -> overview.of(caller, workspaceId, deploymentId,
                OverviewWindow.of(from, to, bucketMinutes, clock.instant())));
    }
}
