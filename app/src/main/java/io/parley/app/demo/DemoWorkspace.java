package io.parley.app.demo;

import io.parley.tenant.Caller;
import io.parley.tenant.account.AccountService;
import io.parley.tenant.agent.AgentDraft;
import io.parley.tenant.agent.AgentService;
import io.parley.tenant.agent.AgentView;
import io.parley.tenant.apikey.ApiKeyKind;
import io.parley.tenant.apikey.ApiKeyService;
import io.parley.tenant.deployment.DeploymentDraft;
import io.parley.tenant.deployment.DeploymentService;
import io.parley.tenant.deployment.SettingsPatch;
import io.parley.tenant.onboarding.Onboarding;
import io.parley.tenant.secret.Secrets;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.settings.ChannelPreset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no users yet) creates a demo workspace with an agent, a web deployment and a
 * publishable key, and prints how to log in. Set {@code parley.demo.enabled=false} to start empty.
 */
@Component
@ConditionalOnProperty(name = "parley.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoWorkspace implements ApplicationRunner {

    static final String EMAIL = "demo@parley.local";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    private final Onboarding onboarding;
    private final AccountService accounts;
    private final AgentService agents;
    private final DeploymentService deployments;
    private final ApiKeyService apiKeys;
    private final Environment env;

    DemoWorkspace(Onboarding onboarding, AccountService accounts, AgentService agents,
                  DeploymentService deployments, ApiKeyService apiKeys, Environment env) {
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.agents = agents;
        this.deployments = deployments;
        this.apiKeys = apiKeys;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUserExists()) {
            return;
        }
        String password = env.getProperty("parley.demo.password", Secrets.newToken("").substring(0, 16));
        var signedUp = onboarding.signUp(EMAIL, "Demo Admin", password, "Demo workspace");
        var owner = new Caller.User(signedUp.login().user().id(), EMAIL);
        var workspaceId = signedUp.workspace().id();
        // The restaurant booking line that ships with the engine: a working example of a structured flow.
        AgentConfig booking = AgentConfigs.bookingSample();
        AgentView agent = agents.create(owner, workspaceId, new AgentDraft(booking.name(), booking.instructions(),
                booking.greeting(), booking.language(), booking.voice(), booking.engines(), booking.flow()));
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String origin = "http://localhost:" + port;
        deployments.create(owner, workspaceId, new DeploymentDraft("Website", agent.id(), ChannelPreset.WEB,
                SettingsPatch.none(), List.of(origin), false));
        apiKeys.create(owner, workspaceId, "Website widget", ApiKeyKind.PUBLISHABLE, List.of(origin));
        log.info("""

                ==============================================================
                 Parley is ready: {}
                 Log in as {} with password {}
                 (shown once; change it after your first login)
                ==============================================================""", origin, EMAIL, password);
    }
}
