package vn.gov.soctrang.tnmt.tdkt.settings;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share of the Council's members as the law words it, compared in whole numbers so that "two thirds" of 6, 9, 12
 * or 15 members is reached by exactly 4, 6, 8 or 10 (a stored 66.67 % was not). Written as a setting value:
 * {@code 2/3} (at least two thirds), {@code 80%} (at least 80 %), {@code >1/2} (more than half: «quá bán»).
 *
 * @param numerator of the share
 * @param denominator of the share, positive
 * @param strict true when the count must exceed the share («quá»), false when it may equal it («từ … trở lên»)
 */
public record Ratio(int numerator, int denominator, boolean strict) {

  private static final Pattern FRACTION = Pattern.compile("(>)?\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})");
  private static final Pattern PERCENT = Pattern.compile("(>)?\\s*(\\d{1,3})\\s*%");

  public Ratio {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("Not a share: " + numerator + "/" + denominator);
    }
  }

  /** At least {@code numerator/denominator}. */
  public static Ratio atLeast(int numerator, int denominator) {
    return new Ratio(numerator, denominator, false);
  }

  /** The value of a setting; {@link IllegalArgumentException} if it is not one (settings are checked when stored). */
  public static Ratio parse(String text) {
    return read(text).orElseThrow(() -> new IllegalArgumentException("Not a ratio: «" + text + "»"));
  }

  /** The ratio a text states, if it states one. */
  public static Optional<Ratio> read(String text) {
    String t = text == null ? "" : text.strip();
    Matcher m = FRACTION.matcher(t);
    if (m.matches()) {
      return of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1) != null);
    }
    m = PERCENT.matcher(t);
    if (m.matches()) {
      return of(Integer.parseInt(m.group(2)), 100, m.group(1) != null);
    }
    return Optional.empty();
  }

  private static Optional<Ratio> of(int numerator, int denominator, boolean strict) {
    return denominator > 0 && numerator > 0 && numerator <= denominator
        ? Optional.of(new Ratio(numerator, denominator, strict)) : Optional.empty();
  }

  /** Whether {@code count} of {@code total} reaches the share; never for an empty Council. */
  public boolean reachedBy(int count, int total) {
    if (total <= 0) {
      return false;
    }
    long left = (long) count * denominator;
    long right = (long) numerator * total;
    return strict ? left > right : left >= right;
  }

  /** The fewest of {@code total} that reach the share (more than {@code total} when none can). */
  public int minimumOf(int total) {
    long product = (long) numerator * total;
    long atLeast = strict ? product / denominator + 1 : (product + denominator - 1) / denominator;
    return (int) Math.max(atLeast, total > 0 ? 1 : 0);
  }

  /** The share as a setting value: {@code 2/3}, {@code 80%}, {@code >1/2}. */
  public String value() {
    return (strict ? ">" : "") + (denominator == 100 ? numerator + "%" : numerator + "/" + denominator);
  }

  /** In words, as minutes and notices say it: «từ 2/3 trở lên», «từ 80% trở lên», «quá 1/2». */
  public String label() {
    String share = denominator == 100 ? numerator + "%" : numerator + "/" + denominator;
    return strict ? "quá " + share : "từ " + share + " trở lên";
  }
}
