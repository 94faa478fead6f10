package io.parley.tenant.workspace;

import io.parley.tenant.Caller;
import io.parley.tenant.Permission;
import io.parley.tenant.Role;
import io.parley.tenant.problem.Forbidden;
import io.parley.tenant.problem.NotFound;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether a caller may act in a workspace. Every service calls it before touching
 * tenant data, and then queries by workspace id, so a row of another workspace is never loaded, let alone returned.
 * A workspace the caller does not belong to answers 404, exactly like one that does not exist.
 */
@Service
public class WorkspaceAccess {

    private final MemberRepository members;

    WorkspaceAccess(MemberRepository members) {
        this.members = members;
    }

    /** Checks the caller's right and returns its role (secret keys act as admins of their own workspace). */
    @Transactional(readOnly = true)
    public Role require(Caller caller, UUID workspaceId, Permission permission) {
        Role role = switch (caller) {
            case Caller.SecretKey key -> {
                if (!key.workspaceId().equals(workspaceId)) {
                    throw NotFound.of("Workspace", workspaceId);
                }
                if (permission == Permission.ADMINISTER) {
                    throw Forbidden.because("Secret keys cannot manage members, API keys or the audit log; "
                            + "sign in to the dashboard instead");
                }
                yield Role.ADMIN;
            }
            case Caller.User user -> members.findById(new MemberEntity.Key(workspaceId, user.userId()))
                    .map(m -> m.role)
                    .orElseThrow(() -> NotFound.of("Workspace", workspaceId));
        };
        boolean allowed = switch (permission) {
            case READ -> true;
            case WRITE -> role.canWrite();
            case ADMINISTER -> role.canManageMembers();
        };
        if (!allowed) {
            throw Forbidden.because("Your role in this workspace is %s, which cannot %s"
                    .formatted(role.name().toLowerCase(), permission == Permission.WRITE
                            ? "change its configuration" : "manage members, keys or the audit log"));
        }
        return role;
    }
}
