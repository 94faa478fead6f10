package io.parley.tenant.problem;

/** Missing, wrong, expired or revoked credentials. Deliberately vague about which. */
public final class Unauthenticated extends ParleyProblem {

    private Unauthenticated(String detail) {
        super(401, "unauthenticated", "Unauthenticated", detail);
    }

    public static Unauthenticated badCredentials() {
        return new Unauthenticated("The email or password is wrong");
    }

    public static Unauthenticated publishableKey(String origin) {
        return new Unauthenticated("The publishable key is unknown or revoked, or origin %s is not one of its allowed origins"
                .formatted(origin));
    }

    public static Unauthenticated badToken() {
        return new Unauthenticated("The credential is missing, unknown, expired or revoked");
    }
}
