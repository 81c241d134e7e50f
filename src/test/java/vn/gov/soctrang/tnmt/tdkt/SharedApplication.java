package vn.gov.soctrang.tnmt.tdkt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application most test classes run against: the whole application with its web server on a random port, the
 * test profile (H2 in memory, job executor off, the demo organisation). Every class so annotated, and every
 * {@link ProcessTestSupport}, has the same configuration and therefore the same application, started once for the
 * suite; {@link SharedApplicationGuard} checks that each class leaves it as it found it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface SharedApplication {
}
