package io.parley.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication(scanBasePackages = "io.parley")
@EntityScan("io.parley.tenant")
@EnableJpaRepositories("io.parley.tenant")
public class ParleyApplication {

    public static void main(String[] args) {
        // Blocking JPA work runs on Reactor's bounded elastic scheduler; on Java 25 let it use virtual threads.
        System.setProperty("reactor.schedulers.defaultBoundedElasticOnVirtualThreads", "true");
        SpringApplication.run(ParleyApplication.class, args);
    }
}
