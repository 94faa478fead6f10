package io.parley.tenant.problem;

/** The request clashes with the current state (a taken email, the last owner leaving). */
public final class Conflict extends ParleyProblem {

    private Conflict(String detail) {
        super(409, "conflict", "Conflict", detail);
    }

    public static Conflict because(String detail) {
        return new Conflict(detail);
    }
}
