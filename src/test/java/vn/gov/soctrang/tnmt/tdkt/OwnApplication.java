package vn.gov.soctrang.tnmt.tdkt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application of {@link SharedApplication}, but a fresh one for this class alone, closed after it: for a class
 * that changes what the others take as shipped (the organisation, users and grants) and would otherwise have to
 * restore it. Costs one application start; prefer the shared one, with {@link PutsBack} for a few edited rows.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "tdkt.test.application=own")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface OwnApplication {
}
