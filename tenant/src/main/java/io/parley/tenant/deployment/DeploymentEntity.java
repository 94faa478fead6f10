package io.parley.tenant.deployment;

import io.parley.voice.settings.ChannelPreset;
import io.parley.voice.settings.PipelineMode;
import io.parley.voice.settings.RealtimeSettings;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "deployments")
class DeploymentEntity {

    @Id
    UUID id;
    UUID workspaceId;
    UUID agentId;
    String name;
    @Enumerated(EnumType.STRING)
    ChannelPreset channel;
    double vadThreshold;
    int prefixPaddingMs;
    int silenceToEndTurnMs;
    int minSpeechMs;
    int maxWaitMs;
    int bargeInMinDurationMs;
    int bargeInMinWords;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] backchannelWords;
    boolean resumeAfterFalseInterruption;
    int resumeTimeoutMs;
    int deadAirTimeoutMs;
    int latencyBudgetMs;
    @Enumerated(EnumType.STRING)
    PipelineMode pipelineMode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] allowedOrigins;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected DeploymentEntity() {
    }

    DeploymentEntity(UUID workspaceId) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
    }

    RealtimeSettings settings() {
        return new RealtimeSettings(vadThreshold, prefixPaddingMs, silenceToEndTurnMs, minSpeechMs, maxWaitMs,
                bargeInMinDurationMs, bargeInMinWords, List.of(backchannelWords), resumeAfterFalseInterruption,
                resumeTimeoutMs, deadAirTimeoutMs, latencyBudgetMs, pipelineMode);
    }

    void settings(RealtimeSettings s) {
        vadThreshold = s.vadThreshold();
        prefixPaddingMs = s.prefixPaddingMs();
        silenceToEndTurnMs = s.silenceToEndTurnMs();
        minSpeechMs = s.minSpeechMs();
        maxWaitMs = s.maxWaitMs();
        bargeInMinDurationMs = s.bargeInMinDurationMs();
        bargeInMinWords = s.bargeInMinWords();
        backchannelWords = s.backchannelWords().toArray(String[]::new);
        resumeAfterFalseInterruption = s.resumeAfterFalseInterruption();
        resumeTimeoutMs = s.resumeTimeoutMs();
        deadAirTimeoutMs = s.deadAirTimeoutMs();
        latencyBudgetMs = s.latencyBudgetMs();
        pipelineMode = s.pipelineMode();
    }
}
