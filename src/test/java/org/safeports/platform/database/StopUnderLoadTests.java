package org.safeports.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal as an operator runs it (its own JVM, the embedded database in a data directory), sent
 * SIGTERM while it answers requests: it stops within seconds, its database stopped cleanly, and it
 * starts again on the same data.
 */
class StopUnderLoadTests {

  private static final Logger log = LoggerFactory.getLogger(StopUnderLoadTests.class);

  /** An operator's "a few seconds"; before the stop order was fixed it took over 30. */
  private static final Duration STOPS_WITHIN = Duration.ofSeconds(10);

  private static final Duration STARTS_WITHIN = Duration.ofMinutes(4);

  @TempDir Path work;

  @Test
  void sigtermUnderLoadStopsWithinSecondsAndThePortalStartsAgainOnTheSameData() throws Exception {
    Path data = work.resolve("postgres");

    Portal first = Portal.start(data, work.resolve("first.log"));
    try {
      first.awaitUp();
      Duration stop;
      try (Load load = new Load(first.port)) {
        load.awaitAnswers(40);
        stop = first.terminate();
        log.info(
            "Stopped {} s after SIGTERM (exit code {}), with {} requests answered under load",
            stop.toMillis() / 1000.0,
            first.exitCode(),
            load.answered.get());
      }
      first.assertStoppedWithin(stop);
      // pg_ctl's clean stop removes the pid file; a postgres left running would keep it.
      assertThat(data.resolve("postmaster.pid")).doesNotExist();
    } finally {
      first.kill();
    }

    Portal second = Portal.start(data, work.resolve("second.log"));
    try {
      second.awaitUp();
      assertThat(second.get("/").statusCode()).isEqualTo(200);
      Duration stop = second.terminate();
      log.info("Restarted portal stopped {} s after SIGTERM", stop.toMillis() / 1000.0);
      second.assertStoppedWithin(stop);
    } finally {
      second.kill();
    }
  }

  /** The portal in a child JVM, with the classes this test runs on less the test classes. */
  private static final class Portal {
    private final Process process;
    private final int port;
    private final Path output;
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Portal(Process process, int port, Path output) {
      this.process = process;
      this.port = port;
      this.output = output;
    }

    static Portal start(Path data, Path output) throws IOException {
      int port = freePort();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          List.of(
              "-Xmx400m",
              "-XX:+UseSerialGC",
              "-XX:TieredStopAtLevel=1",
              "-cp",
              applicationClassPath(),
              "org.safeports.SafeportsApplication",
              "--server.port=" + port,
              "--safeports.embedded-database.directory=" + data,
              "--safeports.demo.enabled=false",
              "--spring.main.banner-mode=off"));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      return new Portal(process, port, output);
    }

    HttpResponse<Void> get(String path) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(10))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }

    void awaitUp() throws Exception {
      long deadline = System.nanoTime() + STARTS_WITHIN.toNanos();
      while (System.nanoTime() < deadline) {
        assertThat(process.isAlive()).as("the portal quit while starting:\n%s", tail()).isTrue();
        try {
          if (get("/actuator/health").statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      throw new AssertionError("The portal did not start in " + STARTS_WITHIN + ":\n" + tail());
    }

    /** Sends SIGTERM (what {@code Process.destroy()} does on Linux) and times the exit. */
    Duration terminate() throws InterruptedException {
      long sent = System.nanoTime();
      process.destroy();
      process.waitFor(STOPS_WITHIN.toSeconds() * 4, TimeUnit.SECONDS);
      return Duration.ofNanos(System.nanoTime() - sent);
    }

    void assertStoppedWithin(Duration took) throws IOException {
      assertThat(process.isAlive()).as("still running after SIGTERM:\n%s", tail()).isFalse();
      assertThat(took).as("time to stop:\n%s", tail()).isLessThan(STOPS_WITHIN);
      // 143 is the JVM's exit on SIGTERM (128 + 15); 0 if the context closed it first.
      assertThat(process.exitValue()).as(tail()).isIn(0, 143);
    }

    String exitCode() {
      return process.isAlive() ? "none yet" : String.valueOf(process.exitValue());
    }

    void kill() throws InterruptedException {
      if (process.isAlive()) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    }

    private String tail() {
      try {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
      } catch (IOException e) {
        return "(no output: " + e + ")";
      }
    }
  }

  /** Visitors asking for pages on four connections until closed. */
  private static final class Load implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger answered = new AtomicInteger();
    private final List<Thread> visitors = new ArrayList<>();

    Load(int port) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      List<String> pages = List.of("/", "/news", "/library", "/sign-in");
      for (int i = 0; i < 4; i++) {
        String page = pages.get(i);
        Thread visitor =
            new Thread(
                () -> {
                  // Bounded: at most 10,000 requests each, and stopped with the test.
                  for (int n = 0; n < 10_000 && running.get(); n++) {
                    try {
                      http.send(
                          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                              .timeout(Duration.ofSeconds(5))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                      answered.incrementAndGet();
                    } catch (IOException refusedOrCut) {
                      pause();
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                },
                "visitor-" + i);
        visitor.setDaemon(true);
        visitor.start();
        visitors.add(visitor);
      }
    }

    void awaitAnswers(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (answered.get() < count && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(answered.get())
          .as("requests answered before SIGTERM")
          .isGreaterThanOrEqualTo(count);
    }

    private void pause() {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      for (Thread visitor : visitors) {
        visitor.join(10_000);
      }
    }
  }

  /**
   * The test's class path without the test classes (whose components and test configuration would
   * otherwise join the portal). Under Surefire it may come as a jar whose manifest lists it.
   */
  static String applicationClassPath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
        entries.addAll(manifestClassPath(Path.of(entry)));
      } else {
        entries.add(entry);
      }
    }
    return entries.stream()
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static List<String> manifestClassPath(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
      return Arrays.stream(classPath.trim().split("\\s+"))
          .map(url -> Path.of(URI.create(url.startsWith("file:") ? url : "file:" + url)).toString())
          .toList();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
