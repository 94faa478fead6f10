package io.parley.tenant.problem;

import java.util.UUID;

/**
 * Something does not exist in the caller's workspace. Objects of other tenants are reported exactly like missing
 * ones, so ids cannot be probed across tenants.
 */
public class NotFound extends ParleyProblem {

    protected NotFound(String detail) {
        super(404, "not-found", "Not found", detail);
    }

    public static NotFound of(String what, UUID id) {
        return new NotFound("%s %s was not found".formatted(what, id));
    }

    public static NotFound userWithEmail(String email) {
        return new NotFound("No Parley user has the email %s; they need to sign up first".formatted(email));
    }
}
