package io.parley.app.dashboard;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The dashboard's build lands in {@code classpath:/dashboard/} (the app's Maven build runs the front-end build).
 * Its assets carry a content hash in their names, so they are immutable; {@code index.html} is revalidated on
 * every load so a new release is picked up at once.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebFluxConfigurer {

    static final String LOCATION = "dashboard/";
    private static final Duration ASSET_LIFETIME = Duration.ofDays(365);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/" + LOCATION + "assets/")
                .setCacheControl(CacheControl.maxAge(ASSET_LIFETIME).cachePublic().immutable());
    }

    /** Page routes of the single-page app answer with its index.html; see {@link DashboardPageRoute}. */
    @Bean
    RouterFunction<ServerResponse> dashboardPages() {
        Resource index = new ClassPathResource(LOCATION + "index.html");
        return RouterFunctions.route(new DashboardPageRoute(index.exists()), request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(index));
    }
}
