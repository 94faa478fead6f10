package io.parley.dashboard.auth;

import io.parley.dashboard.web.Blocking;
import io.parley.dashboard.web.CurrentCaller;
import io.parley.tenant.Caller;
import io.parley.tenant.account.AccountService;
import io.parley.tenant.account.LoginToken;
import io.parley.tenant.account.UserSummary;
import io.parley.tenant.onboarding.Onboarding;
import io.parley.tenant.problem.Forbidden;
import io.parley.tenant.workspace.WorkspaceService;
import io.parley.tenant.workspace.WorkspaceView;
import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Sign-up, login and logout for dashboard users. A login answers with a bearer token and sets the cookie. */
@RestController
@RequestMapping("/v1")
class AuthController {

    record LoginResponse(String token, java.time.Instant expiresAt, UserSummary user) {
        static LoginResponse of(LoginToken t) {
            return new LoginResponse(t.token(), t.expiresAt(), t.user());
        }
    }

    record SignUpResponse(LoginResponse login, WorkspaceView workspace) {
    }

    record Me(UserSummary user, List<WorkspaceView> workspaces) {
    }

    private final Onboarding onboarding;
    private final AccountService accounts;
    private final WorkspaceService workspaces;

    AuthController(Onboarding onboarding, AccountService accounts, WorkspaceService workspaces) {
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.workspaces = workspaces;
    }

    @PostMapping("/auth/signup")
    Mono<ResponseEntity<SignUpResponse>> signUp(@RequestBody AuthRequests.SignUp body) {
        return Blocking.call(() -> onboarding.signUp(body.email(), body.name(), body.password(), body.workspaceName()))
                .map(s -> ResponseEntity.status(HttpStatus.CREATED)
                        .header(HttpHeaders.SET_COOKIE, SessionCookie.issue(s.login().token(), s.login().expiresAt()).toString())
                        .body(new SignUpResponse(LoginResponse.of(s.login()), s.workspace())));
    }

    @PostMapping("/auth/login")
    Mono<ResponseEntity<LoginResponse>> login(@RequestBody AuthRequests.Login body, ServerHttpRequest request) {
        String address = clientAddress(request);
        return Blocking.call(() -> accounts.login(body.email(), body.password(), address))
                .map(t -> ResponseEntity.ok()
                        .header(HttpHeaders.SET_COOKIE, SessionCookie.issue(t.token(), t.expiresAt()).toString())
                        .body(LoginResponse.of(t)));
    }

    @PostMapping("/auth/logout")
    Mono<ResponseEntity<Void>> logout(ServerHttpRequest request) {
        String token = PresentedToken.from(request);
        return Blocking.run(() -> accounts.logout(token))
                .then(Mono.just(ResponseEntity.noContent()
                        .header(HttpHeaders.SET_COOKIE, SessionCookie.clear().toString()).build()));
    }

    @GetMapping("/me")
    Mono<Me> me() {
        return CurrentCaller.call(caller -> switch (caller) {
            case Caller.User user -> new Me(accounts.find(user.userId()).orElseThrow(), workspaces.listFor(caller));
            case Caller.SecretKey ignored -> throw Forbidden.because("Secret keys have no user profile");
        });
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
