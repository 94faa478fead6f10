package io.parley.tenant.workspace;

import io.parley.tenant.Caller;
import io.parley.tenant.Permission;
import io.parley.tenant.Role;
import io.parley.tenant.audit.AuditLog;
import io.parley.tenant.problem.Checks;
import io.parley.tenant.problem.Forbidden;
import io.parley.tenant.problem.NotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenants and their workspaces. */
@Service
public class WorkspaceService {

    public static final int DEFAULT_CONCURRENCY_QUOTA = 10;

    private final TenantRepository tenants;
    private final WorkspaceRepository workspaces;
    private final MemberRepository members;
    private final WorkspaceAccess access;
    private final AuditLog audit;

    WorkspaceService(TenantRepository tenants, WorkspaceRepository workspaces, MemberRepository members,
                     WorkspaceAccess access, AuditLog audit) {
        this.tenants = tenants;
        this.workspaces = workspaces;
        this.members = members;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public UUID createTenant(String name) {
        new Checks().text(name, "workspaceName", 120).throwIfAny();
        return tenants.save(new TenantEntity(name.strip())).id;
    }

    /** Creates a workspace in {@code tenantId} with {@code owner} as its first owner. */
    @Transactional
    public WorkspaceView create(UUID tenantId, Caller.User owner, String name) {
        new Checks().text(name, "name", 120).throwIfAny();
        WorkspaceEntity ws = workspaces.save(new WorkspaceEntity(tenantId, name.strip(), DEFAULT_CONCURRENCY_QUOTA));
        members.save(new MemberEntity(ws.id, owner.userId(), Role.OWNER));
        audit.record(ws.id, owner, "workspace.created", "workspace", ws.id, Map.of("name", ws.name));
        return view(ws, Role.OWNER);
    }

    @Transactional(readOnly = true)
    public List<WorkspaceView> listFor(Caller caller) {
        return switch (caller) {
            case Caller.User user -> {
                Map<UUID, Role> roles = new LinkedHashMap<>();
                members.findByKeyUserId(user.userId()).forEach(m -> roles.put(m.key.workspaceId(), m.role));
                yield workspaces.findAllForUser(user.userId()).stream().map(w -> view(w, roles.get(w.id))).toList();
            }
            case Caller.SecretKey key -> workspaces.findById(key.workspaceId()).map(w -> view(w, null)).stream().toList();
        };
    }

    @Transactional(readOnly = true)
    public WorkspaceView get(Caller caller, UUID workspaceId) {
        Role role = access.require(caller, workspaceId, Permission.READ);
        return view(load(workspaceId), caller instanceof Caller.User ? role : null);
    }

    /** Renames the workspace or changes its concurrent-session quota; owners only for the quota. */
    @Transactional
    public WorkspaceView update(Caller caller, UUID workspaceId, String name, Integer concurrencyQuota) {
        Role role = access.require(caller, workspaceId, Permission.ADMINISTER);
        new Checks()
                .require(name == null || (!name.isBlank() && name.length() <= 120), "name",
                        "must be 1 to 120 characters")
                .require(concurrencyQuota == null || (concurrencyQuota >= 1 && concurrencyQuota <= 10_000),
                        "concurrencyQuota", "must be between 1 and 10000 sessions")
                .throwIfAny();
        if (concurrencyQuota != null && role != Role.OWNER) {
            throw Forbidden.because("Only owners can change the concurrency quota");
        }
        WorkspaceEntity ws = load(workspaceId);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (name != null) {
            ws.name = name.strip();
            changes.put("name", ws.name);
        }
        if (concurrencyQuota != null) {
            ws.concurrencyQuota = concurrencyQuota;
            changes.put("concurrencyQuota", concurrencyQuota);
        }
        audit.record(workspaceId, caller, "workspace.updated", "workspace", workspaceId, changes);
        return view(ws, role);
    }

    /** The workspace's concurrent-session quota, for the session gateway (which has already authenticated). */
    @Transactional(readOnly = true)
    public int concurrencyQuota(UUID workspaceId) {
        return load(workspaceId).concurrencyQuota;
    }

    private WorkspaceEntity load(UUID workspaceId) {
        return workspaces.findById(workspaceId).orElseThrow(() -> NotFound.of("Workspace", workspaceId));
    }

    private static WorkspaceView view(WorkspaceEntity w, Role role) {
        return new WorkspaceView(w.id, w.tenantId, w.name, w.concurrencyQuota, role, w.createdAt);
    }
}
