# syntax=docker/dockerfile:1
#
# Parley node image: one Spring Boot jar with its offline speech engines (espeak-ng, flite, pocketsphinx, Opus)
# and webrtc-java's native dependencies.
#
#   docker build -t parley:0.1.0 .
#   docker run -p 8080:8080 -v parley-data:/var/lib/parley parley:0.1.0
#
# Test notes: the image cannot be built or run in Parley's test environment (no container engine there).
# deploy-tests/run checks what it can offline: that the compose file which builds this image is valid, and that
# the Helm chart which runs it renders valid manifests. Build it by hand after changing this file, then check
# `docker run --rm parley:dev java -version` and that /actuator/health/readiness turns UP.

# ---- front end: the SDKs and the dashboard the node serves at / (Node.js 20.19+ for Vite 7) ---------------------
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
COPY frontend/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund && npm run build

# ---- build: the whole Maven reactor, tests skipped (CI runs them before an image is built) -------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# The Maven repository lives in a build cache mount, so rebuilds after a source change download nothing.
COPY . .
# The dashboard comes built from the front-end stage; Maven copies it into the jar without running npm.
COPY --from=frontend /src/frontend/apps/dashboard/dist frontend/apps/dashboard/dist
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp install -DskipTests -Dparley.frontend.skip=true \
 && cp app/target/parley-app-0.1.0-SNAPSHOT.jar /parley.jar

# ---- JRE 25 from Temurin, dropped onto Debian (the engines' packages are Debian's) -------------------------------
FROM eclipse-temurin:25-jre AS jre

# ---- runtime ---------------------------------------------------------------------------------------------------
FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:$PATH \
    LANG=C.UTF-8
COPY --from=jre /opt/java/openjdk /opt/java/openjdk
# Runtime libraries only: speech engines (through FFM), Opus, and what webrtc-java's native library links against.
# No browser, no coturn, no test data. curl serves the HEALTHCHECK.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates curl tini \
      espeak-ng libespeak-ng1 \
      flite libflite1 \
      pocketsphinx-en-us libpocketsphinx3 \
      libopus0 \
      libpulse0 libx11-6 libxrandr2 libxcomposite1 libxfixes3 libudev1 libdbus-1-3 \
 && rm -rf /var/lib/apt/lists/*

# Non-root user with a fixed uid, so volume permissions and Kubernetes' runAsUser agree.
RUN groupadd --system --gid 10001 parley \
 && useradd --system --uid 10001 --gid parley --home-dir /var/lib/parley --shell /usr/sbin/nologin parley \
 && mkdir -p /var/lib/parley/data/spool /var/lib/parley/data/postgres \
 && chown -R parley:parley /var/lib/parley
COPY --from=build --chown=root:root /parley.jar /opt/parley/parley.jar

USER 10001:10001
# Relative data paths (data/spool, data/postgres) resolve here; mount a volume on /var/lib/parley/data.
WORKDIR /var/lib/parley
VOLUME ["/var/lib/parley/data"]

# Container-aware JVM: size the heap from the cgroup memory limit, leave room for native engines and direct buffers,
# ZGC for short pauses on the audio path, exit on OOM so the orchestrator restarts a clean process.
ENV PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:InitialRAMPercentage=30 -XX:+UseZGC -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# Embedded WebRTC plane media ports, when parley.webrtc.min-port/max-port pin them (compose maps a range).
EXPOSE 40000-40099/udp

HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health/liveness" || exit 1

# tini forwards SIGTERM so the graceful drain runs, and reaps the engines' child processes.
ENTRYPOINT ["/usr/bin/tini", "--", "java", "--enable-native-access=ALL-UNNAMED", "-jar", "/opt/parley/parley.jar"]
