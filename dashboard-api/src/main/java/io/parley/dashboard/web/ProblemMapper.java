package io.parley.dashboard.web;

import io.parley.tenant.problem.InvalidInput;
import io.parley.tenant.problem.ParleyProblem;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns any failure into a problem document a client can act on: client mistakes name the field and what is
 * allowed; server faults get an opaque id that is also in the log, and never a stack trace.
 */
public final class ProblemMapper {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);
    private static final Duration DATABASE_RETRY_AFTER = Duration.ofSeconds(2);

    private ProblemMapper() {
    }

    /** The problem as an ordered map, ready to serialize as {@code application/problem+json}. */
    public static Map<String, Object> toProblem(Throwable error, String path) {
        return switch (error) {
            case ParleyProblem p -> document(p.status(), p.type(), p.title(), p.detail(), path, p.properties());
            case WebExchangeBindException bind -> invalid(bind.getFieldErrors().stream()
                    .map(f -> new InvalidInput.Violation(f.getField(), String.valueOf(f.getDefaultMessage())))
                    .toList(), path);
            case ServerWebInputException input -> invalid(List.of(violationOf(input)), path);
            case OptimisticLockingFailureException ignored -> document(409, "conflict", "Conflict",
                    "The object was changed by someone else meanwhile; reload it and try again", path, Map.of());
            case DataIntegrityViolationException ignored -> document(409, "conflict", "Conflict",
                    "The change conflicts with existing data", path, Map.of());
            case AuthenticationException ignored -> document(401, "unauthenticated", "Unauthenticated",
                    "The credential is missing, unknown, expired or revoked", path, Map.of());
            case AccessDeniedException ignored -> document(403, "forbidden", "Forbidden",
                    "You may not do this", path, Map.of());
            case ErrorResponse response -> fromStatus(response.getStatusCode(), response.getBody().getDetail(), path);
            case Throwable t when databaseUnreachable(t) -> {
                log.warn("Database unreachable on {}: {}", path, t.getMessage());
                yield document(503, "database-unavailable", "Service Unavailable",
                        "Parley's database is not answering right now; nothing was changed. Try again in a few "
                                + "seconds", path, Map.of());
            }
            default -> {
                String id = UUID.randomUUID().toString();
                log.error("Unexpected error {} on {}", id, path, error);
                yield document(500, "internal-error", "Internal error",
                        "Something went wrong on our side; the error id is " + id, path, Map.of("errorId", id));
            }
        };
    }

    /** How long a client should wait before retrying the request that failed with {@code error}; null: no advice. */
    public static Duration retryAfter(Throwable error) {
        if (error instanceof ParleyProblem problem) {
            return problem.retryAfter();
        }
        return databaseUnreachable(error) ? DATABASE_RETRY_AFTER : null;
    }

    /**
     * True when the request failed because PostgreSQL could not be reached or dropped the connection (a restart, a
     * failover, an overloaded server): the client did nothing wrong and the same request will work once it is back.
     * The JDBC driver reports those with SQLState class 08 (connection exception).
     */
    static boolean databaseUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> fromStatus(HttpStatusCode code, String detail, String path) {
        HttpStatus status = HttpStatus.resolve(code.value());
        String reason = status == null ? "Error" : status.getReasonPhrase();
        String type = reason.toLowerCase().replace(' ', '-');
        String text = switch (code.value()) {
            case 404 -> "No resource at " + path;
            default -> detail != null ? detail : reason;
        };
        return document(code.value(), type, reason, text, path, Map.of());
    }

    private static Map<String, Object> invalid(List<InvalidInput.Violation> violations, String path) {
        InvalidInput problem = InvalidInput.of(violations);
        return document(400, problem.type(), problem.title(), problem.detail(), path, problem.properties());
    }

    private static InvalidInput.Violation violationOf(ServerWebInputException input) {
        if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null
                && !(rootJackson(input) instanceof JacksonException)) {
            Class<?> expected = input.getCause() instanceof TypeMismatchException mismatch
                    ? mismatch.getRequiredType() : null;
            return new InvalidInput.Violation(input.getMethodParameter().getParameterName(),
                    expected == null ? "has an invalid value" : "must be " + describe(expected));
        }
        Throwable jackson = rootJackson(input);
        return switch (jackson) {
            case UnrecognizedPropertyException u -> new InvalidInput.Violation(fieldPath(u),
                    "is not a known field" + known(u));
            case InvalidFormatException f when f.getTargetType() != null && f.getTargetType().isEnum() ->
                    new InvalidInput.Violation(fieldPath(f), "must be one of " + Arrays.stream(
                            f.getTargetType().getEnumConstants()).map(c -> c.toString().toLowerCase())
                            .collect(Collectors.joining(", ")));
            case MismatchedInputException m -> new InvalidInput.Violation(fieldPath(m), "must be "
                    + describe(m.getTargetType()));
            case DatabindException d -> new InvalidInput.Violation(fieldPath(d), "has an invalid value");
            case JacksonException ignored -> new InvalidInput.Violation("body", "is not valid JSON");
            case null, default -> new InvalidInput.Violation("body",
                    input.getReason() == null ? "could not be read" : input.getReason());
        };
    }

    private static String known(UnrecognizedPropertyException u) {
        if (u.getKnownPropertyIds() == null || u.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        u.getKnownPropertyIds().forEach(id -> names.add(String.valueOf(id)));
        return " (known: " + String.join(", ", names.stream().sorted().toList()) + ")";
    }

    private static Throwable rootJackson(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return t;
            }
        }
        return null;
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the right type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == java.time.Instant.class) {
            return "a timestamp like 2026-01-31T12:00:00Z";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase())
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object of type " + type.getSimpleName();
    }

    static Map<String, Object> document(int status, String type, String title, String detail, String path,
                                       Map<String, Object> properties) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", Problems.TYPE_BASE + type);
        doc.put("title", title);
        doc.put("status", status);
        doc.put("detail", detail);
        if (path != null) {
            doc.put("instance", path);
        }
        doc.putAll(properties);
        return doc;
    }
}
