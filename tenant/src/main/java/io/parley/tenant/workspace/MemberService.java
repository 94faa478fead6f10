package io.parley.tenant.workspace;

import io.parley.tenant.Caller;
import io.parley.tenant.Permission;
import io.parley.tenant.Role;
import io.parley.tenant.account.AccountService;
import io.parley.tenant.account.UserSummary;
import io.parley.tenant.audit.AuditLog;
import io.parley.tenant.problem.Checks;
import io.parley.tenant.problem.Conflict;
import io.parley.tenant.problem.Forbidden;
import io.parley.tenant.problem.NotFound;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to a workspace and with which role. A workspace always keeps at least one owner. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final AccountService accounts;
    private final WorkspaceAccess access;
    private final AuditLog audit;

    MemberService(MemberRepository members, AccountService accounts, WorkspaceAccess access, AuditLog audit) {
        this.members = members;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<MemberView> list(Caller caller, UUID workspaceId) {
        access.require(caller, workspaceId, Permission.READ);
        return members.findByKeyWorkspaceIdOrderByCreatedAt(workspaceId).stream().map(this::view).toList();
    }

    /** Adds an existing Parley user by email. Only owners may create owners. */
    @Transactional
    public MemberView add(Caller caller, UUID workspaceId, String email, Role role) {
        Role callerRole = access.require(caller, workspaceId, Permission.ADMINISTER);
        new Checks().text(email, "email", 254).require(role != null, "role", "must be one of owner, admin, viewer")
                .throwIfAny();
        requireMayGrant(callerRole, role);
        UserSummary user = accounts.findByEmail(email)
                .orElseThrow(() -> NotFound.userWithEmail(email));
        MemberEntity.Key key = new MemberEntity.Key(workspaceId, user.id());
        if (members.existsById(key)) {
            throw Conflict.because("%s is already a member of this workspace".formatted(user.email()));
        }
        MemberEntity member = members.save(new MemberEntity(workspaceId, user.id(), role));
        audit.record(workspaceId, caller, "member.added", "member", user.id(), Map.of("email", user.email(),
                "role", role.name()));
        return view(member);
    }

    @Transactional
    public MemberView changeRole(Caller caller, UUID workspaceId, UUID userId, Role role) {
        Role callerRole = access.require(caller, workspaceId, Permission.ADMINISTER);
        new Checks().require(role != null, "role", "must be one of owner, admin, viewer").throwIfAny();
        MemberEntity member = load(workspaceId, userId);
        requireMayGrant(callerRole, role);
        requireMayGrant(callerRole, member.role);
        if (member.role == Role.OWNER && role != Role.OWNER) {
            requireAnotherOwner(workspaceId);
        }
        member.role = role;
        audit.record(workspaceId, caller, "member.role-changed", "member", userId, Map.of("role", role.name()));
        return view(member);
    }

    @Transactional
    public void remove(Caller caller, UUID workspaceId, UUID userId) {
        Role callerRole = access.require(caller, workspaceId, Permission.ADMINISTER);
        MemberEntity member = load(workspaceId, userId);
        requireMayGrant(callerRole, member.role);
        if (member.role == Role.OWNER) {
            requireAnotherOwner(workspaceId);
        }
        members.delete(member);
        audit.record(workspaceId, caller, "member.removed", "member", userId, Map.of());
    }

    private void requireMayGrant(Role callerRole, Role role) {
        if (role == Role.OWNER && callerRole != Role.OWNER) {
            throw Forbidden.because("Only owners can grant, change or remove the owner role");
        }
    }

    private void requireAnotherOwner(UUID workspaceId) {
        if (members.countByKeyWorkspaceIdAndRole(workspaceId, Role.OWNER) <= 1) {
            throw Conflict.because("A workspace needs at least one owner");
        }
    }

    private MemberEntity load(UUID workspaceId, UUID userId) {
        return members.findById(new MemberEntity.Key(workspaceId, userId))
                .orElseThrow(() -> NotFound.of("Member", userId));
    }

    private MemberView view(MemberEntity m) {
        UserSummary user = accounts.find(m.key.userId()).orElseThrow();
        return new MemberView(user.id(), user.email(), user.displayName(), m.role, m.createdAt);
    }
}
