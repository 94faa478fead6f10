package io.parley.dashboard.deployment;

import io.parley.dashboard.web.CurrentCaller;
import io.parley.tenant.deployment.DeploymentDraft;
import io.parley.tenant.deployment.DeploymentService;
import io.parley.tenant.deployment.DeploymentView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Deployments of agents to channels. Create fills unset settings from the channel preset; PATCH changes only the
 * fields it carries, so the dashboard can edit one setting at a time.
 */
@RestController
@RequestMapping("/v1/workspaces/{workspaceId}/deployments")
class DeploymentController {

    private final DeploymentService deployments;

    DeploymentController(DeploymentService deployments) {
        this.deployments = deployments;
    }

    @GetMapping
    Mono<List<DeploymentView>> list(@PathVariable UUID workspaceId) {
        return CurrentCaller.call(caller -> deployments.list(caller, workspaceId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<DeploymentView> create(@PathVariable UUID workspaceId, @RequestBody DeploymentDraft body) {
        return CurrentCaller.call(caller -> deployments.create(caller, workspaceId, body));
    }

    @GetMapping("/{deploymentId}")
    Mono<DeploymentView> get(@PathVariable UUID workspaceId, @PathVariable UUID deploymentId) {
        return CurrentCaller.call(caller -> deployments.get(caller, workspaceId, deploymentId));
    }

    @PatchMapping("/{deploymentId}")
    Mono<DeploymentView> update(@PathVariable UUID workspaceId, @PathVariable UUID deploymentId,
                                @RequestBody DeploymentDraft body) {
        return CurrentCaller.call(caller -> deployments.update(caller, workspaceId, deploymentId, body));
    }

    @DeleteMapping("/{deploymentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable UUID workspaceId, @PathVariable UUID deploymentId) {
        return CurrentCaller.run(caller -> deployments.delete(caller, workspaceId, deploymentId));
    }
}
