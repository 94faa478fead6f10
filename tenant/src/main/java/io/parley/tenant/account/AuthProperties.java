package io.parley.tenant.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Dashboard login settings ({@code parley.auth.*}).
 *
 * @param tokenTtl           how long a login stays valid
 * @param maxFailedLogins    failed attempts allowed per account within {@code failureWindow}
 * @param maxFailedLoginsPerAddress failed attempts allowed per client address (covers guessing across accounts)
 * @param failureWindow      the sliding window of the login rate limit
 */
@Validated
@ConfigurationProperties("parley.auth")
public record AuthProperties(
        @NotNull @DefaultValue("12h") Duration tokenTtl,
        @Min(1) @Max(1000) @DefaultValue("5") int maxFailedLogins,
        @Min(1) @Max(100000) @DefaultValue("50") int maxFailedLoginsPerAddress,
        @NotNull @DefaultValue("5m") Duration failureWindow) {
}
