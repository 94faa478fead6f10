package io.parley.tenant.deployment;

import io.parley.tenant.Caller;
import io.parley.tenant.Permission;
import io.parley.tenant.agent.AgentService;
import io.parley.tenant.apikey.Origins;
import io.parley.tenant.audit.AuditLog;
import io.parley.tenant.problem.Checks;
import io.parley.tenant.problem.NotFound;
import io.parley.tenant.workspace.WorkspaceAccess;
import io.parley.voice.settings.RealtimeSettings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deployments of agents to channels, with the real-time settings a live pipeline runs with. */
@Service
public class DeploymentService {

    private final DeploymentRepository deployments;
    private final AgentService agents;
    private final WorkspaceAccess access;
    private final AuditLog audit;

    DeploymentService(DeploymentRepository deployments, AgentService agents, WorkspaceAccess access,
                      AuditLog audit) {
        this.deployments = deployments;
        this.agents = agents;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<DeploymentView> list(Caller caller, UUID workspaceId) {
        access.require(caller, workspaceId, Permission.READ);
        return deployments.findByWorkspaceIdOrderByCreatedAt(workspaceId).stream().map(DeploymentService::view).toList();
    }

    @Transactional(readOnly = true)
    public DeploymentView get(Caller caller, UUID workspaceId, UUID deploymentId) {
        access.require(caller, workspaceId, Permission.READ);
        return view(load(workspaceId, deploymentId));
    }

    /** The deployment a session runs; no caller check (the gateway admitted the session). */
    @Transactional(readOnly = true)
    public DeploymentView find(UUID workspaceId, UUID deploymentId) {
        return view(load(workspaceId, deploymentId));
    }

    @Transactional
    public DeploymentView create(Caller caller, UUID workspaceId, DeploymentDraft draft) {
        access.require(caller, workspaceId, Permission.WRITE);
        Checks checks = new Checks().text(draft.name(), "name", 120)
                .require(draft.channel() != null, "channel", "must be one of web, phone, device")
                .require(draft.agentId() != null, "agentId", "is required");
        checks.throwIfAny();
        requireAgent(workspaceId, draft.agentId());
        DeploymentEntity deployment = new DeploymentEntity(workspaceId);
        RealtimeSettings base = draft.channel().settings();
        apply(deployment, draft, base, checks);
        deployments.save(deployment);
        audit.record(workspaceId, caller, "deployment.created", "deployment", deployment.id,
                Map.of("name", deployment.name, "channel", deployment.channel.name(), "settings", deployment.settings()));
        return view(deployment);
    }

    @Transactional
    public DeploymentView update(Caller caller, UUID workspaceId, UUID deploymentId, DeploymentDraft draft) {
        access.require(caller, workspaceId, Permission.WRITE);
        DeploymentEntity deployment = load(workspaceId, deploymentId);
        Checks checks = new Checks().require(draft.name() == null || (!draft.name().isBlank()
                && draft.name().length() <= 120), "name", "must be 1 to 120 characters");
        if (draft.agentId() != null) {
            requireAgent(workspaceId, draft.agentId());
        }
        RealtimeSettings before = deployment.settings();
        var channel = draft.channel() == null ? deployment.channel : draft.channel();
        RealtimeSettings base = draft.resets() ? channel.settings() : before;
        apply(deployment, draft, base, checks);
        deployments.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("before", before);
        changes.put("after", deployment.settings());
        changes.put("channel", deployment.channel.name());
        audit.record(workspaceId, caller, "deployment.updated", "deployment", deploymentId, changes);
        return view(deployment);
    }

    @Transactional
    public void delete(Caller caller, UUID workspaceId, UUID deploymentId) {
        access.require(caller, workspaceId, Permission.WRITE);
        DeploymentEntity deployment = load(workspaceId, deploymentId);
        deployments.delete(deployment);
        audit.record(workspaceId, caller, "deployment.deleted", "deployment", deploymentId,
                Map.of("name", deployment.name));
    }

    private void apply(DeploymentEntity d, DeploymentDraft draft, RealtimeSettings base, Checks checks) {
        RealtimeSettings merged = (draft.settings() == null ? SettingsPatch.none() : draft.settings()).applyTo(base);
        SettingsValidator.validate(merged, checks);
        List<String> origins = draft.allowedOrigins() == null ? null
                : Origins.normalize(draft.allowedOrigins(), "allowedOrigins", checks);
        checks.throwIfAny();
        if (draft.name() != null) {
            d.name = draft.name().strip();
        }
        if (draft.agentId() != null) {
            d.agentId = draft.agentId();
        }
        if (draft.channel() != null) {
            d.channel = draft.channel();
        }
        if (origins != null) {
            d.allowedOrigins = origins.toArray(String[]::new);
        } else if (d.allowedOrigins == null) {
            d.allowedOrigins = new String[0];
        }
        d.settings(merged);
        d.updatedAt = Instant.now();
    }

    private void requireAgent(UUID workspaceId, UUID agentId) {
        if (!agents.exists(workspaceId, agentId)) {
            throw io.parley.tenant.problem.InvalidInput.field("agentId",
                    "agent %s does not exist in this workspace".formatted(agentId));
        }
    }

    private DeploymentEntity load(UUID workspaceId, UUID deploymentId) {
        return deployments.findByIdAndWorkspaceId(deploymentId, workspaceId)
                .orElseThrow(() -> NotFound.of("Deployment", deploymentId));
    }

    private static DeploymentView view(DeploymentEntity d) {
        return new DeploymentView(d.id, d.workspaceId, d.agentId, d.name, d.channel, d.settings(),
                List.of(d.allowedOrigins), d.createdAt, d.updatedAt, d.version);
    }
}
