package vn.gov.soctrang.tnmt.tdkt.testclock;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The date a test (or every test of a class) is about, whatever the suite's date: {@code 2025-11-20} (nine in the
 * morning) or {@code 2025-11-20T16:45}, in the Department's zone. The clock runs from there, unless
 * {@link #frozen()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AtDate {

  String value();

  /** Whether the clock stands still at that instant. */
  boolean frozen() default false;
}
