package io.parley.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.orm.jpa.JpaSystemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request that fails because PostgreSQL dropped or refused the connection (a restart, a failover, a server too
 * busy to answer) is not the client's fault and will work again: 503 with Retry-After, never a 500.
 */
class DatabaseUnavailableProblemTests {

    @Test
    void aDroppedDatabaseConnectionIsA503WithRetryAfterNotAnInternalError() {
        var dropped = new DataAccessResourceFailureException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/v1/sessions"));

        new ProblemWebExceptionHandler(JsonMapper.builder().build()).handle(exchange, dropped).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(503);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("database-unavailable", "Try again").doesNotContain("08006", "SQLException");
    }

    @Test
    void aConnectionFailureFoundBehindAnotherDataAccessErrorCountsToo() {
        // What Hibernate reports when the rollback after a lost connection fails as well.
        var rollbackFailed = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("This connection has been closed.", "08003")));

        assertThat(ProblemMapper.toProblem(rollbackFailed, "/v1/sessions")).containsEntry("status", 503);
        assertThat(ProblemMapper.toProblem(new DataIntegrityViolationException("duplicate key"), "/x"))
                .containsEntry("status", 409);
        assertThat(ProblemMapper.toProblem(new IllegalStateException("bug"), "/x")).containsEntry("status", 500);
        assertThat(ProblemMapper.retryAfter(new IllegalStateException("bug"))).isNull();
    }
}
