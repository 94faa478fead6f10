package io.parley.tenant.problem;

import java.util.List;
import java.util.Map;

/** One or more fields of a request are invalid; each violation names the field and what is allowed. */
public final class InvalidInput extends ParleyProblem {

    /** A field and what is wrong with it, e.g. {@code silenceToEndTurnMs}: "must be between 100 and 5000 ms". */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    private InvalidInput(List<Violation> violations) {
        super(400, "invalid-input", "Invalid input", summary(violations));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput field(String field, String message) {
        return new InvalidInput(List.of(new Violation(field, message)));
    }

    public static InvalidInput of(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one violation");
        }
        return new InvalidInput(violations);
    }

    public List<Violation> violations() { return violations; }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", violations);
    }

    private static String summary(List<Violation> violations) {
        StringBuilder sb = new StringBuilder();
        for (Violation v : violations) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(v.field()).append(' ').append(v.message());
        }
        return sb.toString();
    }
}
