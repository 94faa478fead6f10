package io.parley.bench.load.node;

/**
 * Where the callers call and who they are: a workspace, its deployment and a secret key, and the deployment's
 * real-time settings the report judges against.
 *
 * @param userToken a dashboard login of the workspace's owner when the harness provisioned it (null otherwise);
 *                  reading interaction logs works with the secret key too
 */
public record Tenancy(String workspaceId, String deploymentId, String secretKey, String userToken,
                     DeploymentSettings settings) {

    /** The deployment settings that matter to the measurements. */
    public record DeploymentSettings(int silenceToEndTurnMs, int bargeInMinDurationMs, int bargeInMinWords,
                                     int deadAirTimeoutMs, int latencyBudgetMs) {
    }
}
