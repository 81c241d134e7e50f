package vn.gov.soctrang.tnmt.tdkt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class on the shared application ({@link SharedApplication}) that edits shipped rows in place or clears them (a
 * wording confirmed; the merit register's demo rows removed so that a test reads only its own) and so would leave
 * the application changed for the classes after it. {@link SharedApplicationGuard} copies the named tables before
 * the class's first test and, after its last, writes every copied row back (inserting it again if it was deleted)
 * and removes the rows added since, before it compares the tables. Cheaper than an application of the class's own
 * ({@link OwnApplication}) when a few tables are concerned; each needs an {@code id} key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface PutsBack {

  /** The tables whose rows the class edits. */
  String[] value();
}
