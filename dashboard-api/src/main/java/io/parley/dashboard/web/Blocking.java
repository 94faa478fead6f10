package io.parley.dashboard.web;

import java.util.concurrent.Callable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs blocking work (JPA, JDBC, password hashing) off the event loop, on Reactor's bounded elastic scheduler
 * (virtual threads on Java 21+ when {@code reactor.schedulers.defaultBoundedElasticOnVirtualThreads} is set).
 */
public final class Blocking {

    private Blocking() {
    }

    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    public static Mono<Void> run(Runnable work) {
        return Mono.<Void>fromRunnable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
