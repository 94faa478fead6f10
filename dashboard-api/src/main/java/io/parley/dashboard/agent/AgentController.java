package io.parley.dashboard.agent;

import io.parley.dashboard.web.CurrentCaller;
import io.parley.tenant.agent.AgentDraft;
import io.parley.tenant.agent.AgentService;
import io.parley.tenant.agent.AgentView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Agents of a workspace: instructions, greeting, voice, engines and flow. */
@RestController
@RequestMapping("/v1/workspaces/{workspaceId}/agents")
class AgentController {

    private final AgentService agents;

    AgentController(AgentService agents) {
        this.agents = agents;
    }

    @GetMapping
    Mono<List<AgentView>> list(@PathVariable UUID workspaceId) {
        return CurrentCaller.call(caller -> agents.list(caller, workspaceId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<AgentView> create(@PathVariable UUID workspaceId, @RequestBody AgentDraft body) {
        return CurrentCaller.call(caller -> agents.create(caller, workspaceId, body));
    }

    @GetMapping("/{agentId}")
    Mono<AgentView> get(@PathVariable UUID workspaceId, @PathVariable UUID agentId) {
        return CurrentCaller.call(caller -> agents.get(caller, workspaceId, agentId));
    }

    /** Replaces the agent's configuration. */
    @PutMapping("/{agentId}")
    Mono<AgentView> update(@PathVariable UUID workspaceId, @PathVariable UUID agentId, @RequestBody AgentDraft body) {
        return CurrentCaller.call(caller -> agents.update(caller, workspaceId, agentId, body));
    }

    @DeleteMapping("/{agentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable UUID workspaceId, @PathVariable UUID agentId) {
        return CurrentCaller.run(caller -> agents.delete(caller, workspaceId, agentId));
    }
}
