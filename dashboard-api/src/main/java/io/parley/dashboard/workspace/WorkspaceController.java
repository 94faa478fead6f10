package io.parley.dashboard.workspace;

import io.parley.dashboard.web.CurrentCaller;
import io.parley.tenant.Caller;
import io.parley.tenant.Role;
import io.parley.tenant.account.AccountService;
import io.parley.tenant.problem.Forbidden;
import io.parley.tenant.workspace.MemberService;
import io.parley.tenant.workspace.MemberView;
import io.parley.tenant.workspace.WorkspaceService;
import io.parley.tenant.workspace.WorkspaceView;
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

/** Workspaces and their members. */
@RestController
@RequestMapping("/v1/workspaces")
class WorkspaceController {

    record CreateWorkspace(String name) {
    }

    record UpdateWorkspace(String name, Integer concurrencyQuota) {
    }

    record AddMember(String email, Role role) {
    }

    record ChangeRole(Role role) {
    }

    private final WorkspaceService workspaces;
    private final MemberService members;
    private final AccountService accounts;

    WorkspaceController(WorkspaceService workspaces, MemberService members, AccountService accounts) {
        this.workspaces = workspaces;
        this.members = members;
        this.accounts = accounts;
    }

    @GetMapping
    Mono<List<WorkspaceView>> list() {
        return CurrentCaller.call(workspaces::listFor);
    }

    /** A new workspace in the caller's own tenant, owned by the caller. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<WorkspaceView> create(@RequestBody CreateWorkspace body) {
        return CurrentCaller.call(caller -> switch (caller) {
            case Caller.User user -> workspaces.create(accounts.find(user.userId()).orElseThrow().homeTenantId(),
                    user, body.name());
            case Caller.SecretKey ignored -> throw Forbidden.because("Secret keys cannot create workspaces");
        });
    }

    @GetMapping("/{workspaceId}")
    Mono<WorkspaceView> get(@PathVariable UUID workspaceId) {
        return CurrentCaller.call(caller -> workspaces.get(caller, workspaceId));
    }

    @PatchMapping("/{workspaceId}")
    Mono<WorkspaceView> update(@PathVariable UUID workspaceId, @RequestBody UpdateWorkspace body) {
        return CurrentCaller.call(caller -> workspaces.update(caller, workspaceId, body.name(), body.concurrencyQuota()));
    }

    @GetMapping("/{workspaceId}/members")
    Mono<List<MemberView>> members(@PathVariable UUID workspaceId) {
        return CurrentCaller.call(caller -> members.list(caller, workspaceId));
    }

    @PostMapping("/{workspaceId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MemberView> addMember(@PathVariable UUID workspaceId, @RequestBody AddMember body) {
        return CurrentCaller.call(caller -> members.add(caller, workspaceId, body.email(), body.role()));
    }

    @PatchMapping("/{workspaceId}/members/{userId}")
    Mono<MemberView> changeRole(@PathVariable UUID workspaceId, @PathVariable UUID userId,
                                @RequestBody ChangeRole body) {
        return CurrentCaller.call(caller -> members.changeRole(caller, workspaceId, userId, body.role()));
    }

    @DeleteMapping("/{workspaceId}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> removeMember(@PathVariable UUID workspaceId, @PathVariable UUID userId) {
        return CurrentCaller.run(caller -> members.remove(caller, workspaceId, userId));
    }
}
