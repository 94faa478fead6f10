package io.parley.dashboard.web;

import io.parley.tenant.problem.ParleyProblem;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem documents with Parley's problem type URIs. */
public final class Problems {

    public static final String TYPE_BASE = "https://parley.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(ParleyProblem problem, String instance) {
        ProblemDetail detail = of(HttpStatus.valueOf(problem.status()), problem.type(), problem.title(),
                problem.detail(), instance);
        problem.properties().forEach(detail::setProperty);
        return detail;
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    public static ProblemDetail withProperties(ProblemDetail problem, Map<String, ?> properties) {
        properties.forEach(problem::setProperty);
        return problem;
    }
}
