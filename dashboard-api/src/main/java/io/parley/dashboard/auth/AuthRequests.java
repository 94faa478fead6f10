package io.parley.dashboard.auth;

/** Request bodies of the sign-up and login endpoints. */
final class AuthRequests {

    private AuthRequests() {
    }

    record SignUp(String email, String name, String password, String workspaceName) {
    }

    record Login(String email, String password) {
    }
}
