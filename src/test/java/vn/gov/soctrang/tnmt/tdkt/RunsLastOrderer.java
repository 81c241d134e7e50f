package vn.gov.soctrang.tnmt.tdkt;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Keeps the order the build gives the test classes and moves those marked {@link RunsLast} to the end, by stage
 * (junit-platform.properties names it as the default class orderer).
 */
public class RunsLastOrderer implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.comparingInt(d -> d.findAnnotation(RunsLast.class)
        .map(RunsLast::stage).orElse(0)));
  }
}
