package io.parley.tenant.problem;

/** The caller may see the object but not do this to it (e.g. a viewer changing a deployment). */
public final class Forbidden extends ParleyProblem {

    private Forbidden(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }

    public static Forbidden because(String detail) {
        return new Forbidden(detail);
    }
}
