package vn.gov.soctrang.tnmt.tdkt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that leaves the test JVM changed for the classes after it, and so runs after all others
 * ({@link RunsLastOrderer}); the reason is the annotation's value.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RunsLast {

  /** What the class leaves behind. */
  String value();

  /**
   * Among the classes that run last, those of a higher stage run after those of a lower one (the benchmark's smoke
   * run, which leaves the most behind, is the very last).
   */
  int stage() default 1;
}
