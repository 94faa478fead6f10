package io.parley.tenant.onboarding;

import io.parley.tenant.Caller;
import io.parley.tenant.account.AccountService;
import io.parley.tenant.account.LoginToken;
import io.parley.tenant.account.UserSummary;
import io.parley.tenant.workspace.WorkspaceService;
import io.parley.tenant.workspace.WorkspaceView;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up: a new tenant, its first user, and a workspace that user owns, in one transaction. */
@Service
public class Onboarding {

    /** What a new sign-up gets back: a login and the first workspace. */
    public record SignedUp(LoginToken login, WorkspaceView workspace) {
    }

    private final AccountService accounts;
    private final WorkspaceService workspaces;

    Onboarding(AccountService accounts, WorkspaceService workspaces) {
        this.accounts = accounts;
        this.workspaces = workspaces;
    }

    @Transactional
    public SignedUp signUp(String email, String name, String password, String workspaceName) {
        String wsName = workspaceName == null || workspaceName.isBlank() ? defaultWorkspaceName(name) : workspaceName;
        UUID tenantId = workspaces.createTenant(wsName);
        UserSummary user = accounts.createUser(tenantId, email, name, password);
        WorkspaceView workspace = workspaces.create(tenantId, new Caller.User(user.id(), user.email()), wsName);
        return new SignedUp(accounts.issueToken(user.id()), workspace);
    }

    private static String defaultWorkspaceName(String name) {
        String who = name == null || name.isBlank() ? "My" : name.strip();
        String ws = who + "'s workspace";
        return ws.length() > 120 ? "My workspace" : ws;
    }
}
