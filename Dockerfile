# The production image of the emulation-and-commendation workflow (thi đua, khen thưởng), built from the jar the
# project's own build makes; nothing is compiled or downloaded when the containers start.
#
#   ./mvnw -DskipTests package
#   docker build -t tdkt-workflow:0.1.0 .
#
# - Layered: the libraries, Spring Boot's loader, snapshot libraries and the application are separate image layers,
#   so a new release ships only the last one.
# - Runs as an unprivileged user (uid 10001), never as root.
# - The fonts and the document converter the PDFs need are inside the image: Liberation Serif (Times New Roman's
#   metrics, every Vietnamese letter) and DejaVu as fontconfig's fallback for LibreOffice Writer, which runs without
#   its GUI to turn the generated .docx into the PDF that is signed. The public list's PDF takes its font from the
#   application's jar, not from these.
# - A class-data-sharing archive is made at build time by a training start of the application, so a node starts
#   faster (README, «Production image»).
# - A health check on Spring Boot's readiness; memory limits are set by compose (the JVM takes 75 % of them).

ARG JRE_IMAGE=eclipse-temurin:17.0.15_6-jre-noble

FROM ${JRE_IMAGE} AS layers
WORKDIR /build
COPY target/tdkt-workflow-*.jar tdkt-workflow.jar
# One directory per layer, each holding its part of the same layout: the application jar and lib/.
RUN java -Djarmode=tools -jar tdkt-workflow.jar extract --layers --destination extracted

FROM ${JRE_IMAGE}
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-liberation2 libreoffice-writer-nogui curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin tdkt \
    && mkdir -p /app/data \
    && chown -R tdkt:tdkt /app
WORKDIR /app
COPY --from=layers --chown=tdkt:tdkt /build/extracted/dependencies/ ./
COPY --from=layers --chown=tdkt:tdkt /build/extracted/spring-boot-loader/ ./
COPY --from=layers --chown=tdkt:tdkt /build/extracted/snapshot-dependencies/ ./
COPY --from=layers --chown=tdkt:tdkt /build/extracted/application/ ./
USER tdkt

# The training start: the application starts on a throw-away in-memory database and stops once its context is
# refreshed; the classes it loaded go into the archive that every later start maps instead of loading them again.
RUN java -XX:ArchiveClassesAtExit=/app/tdkt-workflow.jsa -Dspring.context.exit=onRefresh \
      -Dspring.datasource.url=jdbc:h2:mem:training \
      -jar /app/tdkt-workflow.jar > /tmp/training.log 2>&1 \
    || (tail -50 /tmp/training.log; exit 1); \
    rm -f /tmp/training.log

ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Duser.timezone=Asia/Ho_Chi_Minh"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=5 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/tdkt-workflow.jsa", "-jar", "/app/tdkt-workflow.jar"]
