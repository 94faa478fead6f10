package io.parley.app.session;

import io.parley.app.gateway.SessionGrant;
import io.parley.tenant.agent.AgentService;
import io.parley.tenant.deployment.DeploymentService;
import io.parley.tenant.deployment.DeploymentView;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.pipeline.CallSession;
import org.springframework.stereotype.Component;

/**
 * Builds the call for a session from what its deployment says now: the agent's configuration, the real-time
 * settings and the agent's engines. Blocking (database); never on an event loop.
 */
@Component
class CallFactory {

    private final DeploymentService deployments;
    private final AgentService agents;
    private final SessionEnginesProvider engines;

    CallFactory(DeploymentService deployments, AgentService agents, SessionEnginesProvider engines) {
        this.deployments = deployments;
        this.agents = agents;
        this.engines = engines;
    }

    CallSession build(SessionGrant grant, LiveCall live) {
        DeploymentView deployment = deployments.find(grant.workspaceId(), grant.deploymentId());
        AgentConfig agent = agents.configFor(grant.workspaceId(), deployment.agentId());
        return CallSession.builder(agent, deployment.settings(), engines.forAgent(agent))
                .audioOutput(live)
                .listener(live)
                .build();
    }
}
