package io.parley.tenant.agent;

import io.parley.tenant.Caller;
import io.parley.tenant.Permission;
import io.parley.tenant.audit.AuditLog;
import io.parley.tenant.problem.Conflict;
import io.parley.tenant.problem.NotFound;
import io.parley.tenant.workspace.WorkspaceAccess;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.EngineChoices;
import io.parley.voice.agent.FlowDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Agents of a workspace. The stored shape is the engine's {@link AgentConfig}, so what is saved is what runs. */
@Service
public class AgentService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgentRepository agents;
    private final WorkspaceAccess access;
    private final AuditLog audit;

    AgentService(AgentRepository agents, WorkspaceAccess access, AuditLog audit) {
        this.agents = agents;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AgentView> list(Caller caller, UUID workspaceId) {
        access.require(caller, workspaceId, Permission.READ);
        return agents.findByWorkspaceIdOrderByCreatedAt(workspaceId).stream().map(AgentService::view).toList();
    }

    @Transactional(readOnly = true)
    public AgentView get(Caller caller, UUID workspaceId, UUID agentId) {
        access.require(caller, workspaceId, Permission.READ);
        return view(load(workspaceId, agentId));
    }

    @Transactional
    public AgentView create(Caller caller, UUID workspaceId, AgentDraft draft) {
        access.require(caller, workspaceId, Permission.WRITE);
        AgentValidator.validate(draft);
        AgentEntity agent = new AgentEntity(workspaceId);
        apply(agent, draft);
        agents.save(agent);
        audit.record(workspaceId, caller, "agent.created", "agent", agent.id, Map.of("name", agent.name));
        return view(agent);
    }

    @Transactional
    public AgentView update(Caller caller, UUID workspaceId, UUID agentId, AgentDraft draft) {
        access.require(caller, workspaceId, Permission.WRITE);
        AgentValidator.validate(draft);
        AgentEntity agent = load(workspaceId, agentId);
        apply(agent, draft);
        agents.flush();
        audit.record(workspaceId, caller, "agent.updated", "agent", agentId, Map.of("name", agent.name));
        return view(agent);
    }

    @Transactional
    public void delete(Caller caller, UUID workspaceId, UUID agentId) {
        access.require(caller, workspaceId, Permission.WRITE);
        AgentEntity agent = load(workspaceId, agentId);
        try {
            agents.delete(agent);
            agents.flush();
        } catch (DataIntegrityViolationException e) {
            // deployments.agent_id has no cascade: an agent in use must not vanish under a live deployment.
            throw Conflict.because(
                    "Agent %s is used by a deployment; delete or re-point the deployment first".formatted(agentId));
        }
        audit.record(workspaceId, caller, "agent.deleted", "agent", agentId, Map.of("name", agent.name));
    }

    /** True when the agent exists in this workspace; lets deployments refuse agents of other workspaces. */
    @Transactional(readOnly = true)
    public boolean exists(UUID workspaceId, UUID agentId) {
        return agentId != null && agents.findByIdAndWorkspaceId(agentId, workspaceId).isPresent();
    }

    /** The configuration a live session runs with. No caller check: the session gateway has already admitted. */
    @Transactional(readOnly = true)
    public AgentConfig configFor(UUID workspaceId, UUID agentId) {
        return view(load(workspaceId, agentId)).config();
    }

    private AgentEntity load(UUID workspaceId, UUID agentId) {
        return agents.findByIdAndWorkspaceId(agentId, workspaceId).orElseThrow(() -> NotFound.of("Agent", agentId));
    }

    private static void apply(AgentEntity agent, AgentDraft d) {
        AgentConfig config = new AgentConfig(d.name().strip(), d.instructions(), d.greeting(), d.language(), d.voice(),
                d.engines(), d.flow());
        agent.name = config.name();
        agent.instructions = config.instructions();
        agent.greeting = config.greeting();
        agent.language = config.language();
        agent.voice = config.voice();
        agent.engines = JSON.writeValueAsString(config.engines());
        agent.flow = config.flow() == null ? null : JSON.writeValueAsString(config.flow());
        agent.updatedAt = Instant.now();
    }

    private static AgentView view(AgentEntity a) {
        AgentConfig config = new AgentConfig(a.name, a.instructions, a.greeting, a.language, a.voice,
                JSON.readValue(a.engines, EngineChoices.class),
                a.flow == null ? null : JSON.readValue(a.flow, FlowDefinition.class));
        return new AgentView(a.id, a.workspaceId, config, a.createdAt, a.updatedAt, a.version);
    }
}
