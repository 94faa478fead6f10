package io.parley.tenant.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every violation of a request so the client learns about all bad fields at once. */
public final class Checks {

    private final List<InvalidInput.Violation> violations = new ArrayList<>();

    public Checks require(boolean ok, String field, String message) {
        if (!ok) {
            violations.add(new InvalidInput.Violation(field, message));
        }
        return this;
    }

    /** Non-blank text of at most {@code max} characters. */
    public Checks text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return require(false, field, "must not be blank");
        }
        return require(value.length() <= max, field, "must be at most " + max + " characters");
    }

    /** Optional text of at most {@code max} characters. */
    public Checks optionalText(String value, String field, int max) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public Checks size(Collection<?> values, String field, int max) {
        return require(values == null || values.size() <= max, field, "must have at most " + max + " entries");
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw InvalidInput.of(violations);
        }
    }
}
