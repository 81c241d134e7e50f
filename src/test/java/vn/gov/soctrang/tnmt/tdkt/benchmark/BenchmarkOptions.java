package vn.gov.soctrang.tnmt.tdkt.benchmark;

import java.nio.file.Path;

/**
 * Sizes of a benchmark run. {@code -Dbench.scale=smoke|small|medium|province} picks a preset; each figure can be
 * overridden ({@code -Dbench.units=…}, {@code bench.nominations}, {@code bench.council}, {@code bench.openTasks},
 * {@code bench.queries}, {@code bench.dbSeconds}); {@code -Dbench.jdbcUrl=…} (with {@code bench.jdbcUser},
 * {@code bench.jdbcPassword}) runs against an existing, empty PostgreSQL database instead of an embedded one.
 */
public record BenchmarkOptions(String scale, int units, int nominationsPerUnit, int councilSize, int openTasks,
    int queryRepetitions, int dbSeconds, String jdbcUrl, String jdbcUser, String jdbcPassword, Path outputDir) {

  public BenchmarkOptions {
    if (nominationsPerUnit < 0 || nominationsPerUnit > 11) {
      throw new IllegalArgumentException("bench.nominations must be 0..11 (the collective and 10 individual slots)");
    }
  }

  public static BenchmarkOptions preset(String scale) {
    return switch (scale) {
      // The smoke run checks that every part runs and is reported, not how fast: the fewest open tasks and
      // repetitions that still give each part figures (12 units: the demo organisation's own).
      case "smoke" -> new BenchmarkOptions(scale, 12, 1, 7, 60, 5, 1, null, null, null, Path.of("target/benchmark"));
      case "small" -> new BenchmarkOptions(scale, 12, 3, 7, 2_000, 100, 3, null, null, null, Path.of("target/benchmark"));
      case "medium" -> new BenchmarkOptions(scale, 50, 5, 9, 20_000, 200, 5, null, null, null,
          Path.of("target/benchmark"));
      case "province" -> new BenchmarkOptions(scale, 200, 10, 15, 20_000, 300, 5, null, null, null,
          Path.of("target/benchmark"));
      default -> throw new IllegalArgumentException("bench.scale must be smoke, small, medium or province: " + scale);
    };
  }

  public static BenchmarkOptions fromSystemProperties() {
    BenchmarkOptions p = preset(System.getProperty("bench.scale", "small"));
    return new BenchmarkOptions(p.scale(), Integer.getInteger("bench.units", p.units()),
        Integer.getInteger("bench.nominations", p.nominationsPerUnit()),
        Integer.getInteger("bench.council", p.councilSize()), Integer.getInteger("bench.openTasks", p.openTasks()),
        Integer.getInteger("bench.queries", p.queryRepetitions()),
        Integer.getInteger("bench.dbSeconds", p.dbSeconds()), blankToNull(System.getProperty("bench.jdbcUrl")),
        System.getProperty("bench.jdbcUser", "postgres"), System.getProperty("bench.jdbcPassword", "postgres"),
        Path.of(System.getProperty("bench.out", "target/benchmark")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The smallest preset, run by every ./mvnw verify: every phase and target, without the figures for the report only. */
  public boolean isSmoke() {
    return "smoke".equals(scale);
  }
}
