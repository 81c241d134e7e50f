package vn.gov.soctrang.tnmt.tdkt.testclock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.TimeZone;

/**
 * The test's clock for an application a test starts in a JVM of its own: a class-path folder holding only the
 * clock and its initializer (the rest of the test classes must stay out, or the application would scan them), and
 * the arguments that start the child at the test's current instant in the test JVM's own zone.
 */
public final class ChildJvmClock {

  private static final List<Class<?>> CLASSES = List.of(TestClock.class, TestClockInitializer.class,
      ShippedDatedRows.class);

  private ChildJvmClock() {
  }

  /** The folder to put on the child's class path. */
  public static synchronized Path classPathEntry() {
    Path root = Path.of("target", "test-clock-classpath").toAbsolutePath();
    try {
      for (Class<?> type : CLASSES) {
        String resource = type.getName().replace('.', '/') + ".class";
        Path target = root.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Path factories = root.resolve("META-INF/spring.factories");
      Files.createDirectories(factories.getParent());
      Files.writeString(factories, "org.springframework.context.ApplicationContextInitializer="
          + TestClockInitializer.class.getName() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  /** JVM options: the test's current instant and the test JVM's zone. */
  public static List<String> jvmOptions() {
    return List.of("-D" + TestClock.PROPERTY + "=" + TestClock.now(),
        "-Duser.timezone=" + TimeZone.getDefault().getID());
  }
}
