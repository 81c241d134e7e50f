package vn.gov.soctrang.tnmt.tdkt.statistics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritKind;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Subject;

/**
 * What the registers hold for one reporting period, and the counts a form's row may take (the {@code measure} of
 * {@code stat_form_row}, terms joined by '+'). A count with no collective/individual split is empty in a column that
 * asks for one; {@code MANUAL} is always empty.
 */
final class RegisterCounts {

  static final String TOTAL = "TOTAL";
  static final String MANUAL = "MANUAL";
  private static final String COLLECTIVE_PREFIX = "unit:";

  private final int year;
  private final LocalDate from;
  private final LocalDate to;
  private final List<Award> awards;
  private final List<MeritRecord> merits;
  private final List<Movement> movements;
  private final int units;
  private final int councilMembers;

  RegisterCounts(int year, LocalDate from, LocalDate to, List<Award> awards, List<MeritRecord> merits,
      List<Movement> movements, int units, int councilMembers) {
    this.year = year;
    this.from = from;
    this.to = to;
    this.awards = awards.stream().filter(Award::isActive).filter(a -> within(a.getDecisionDate())).toList();
    this.merits = merits.stream().filter(m -> m.getCode().kind() != MeritKind.RATING)
        .filter(m -> m.getSource() != MeritSource.DEPARTMENT)
        .filter(m -> m.getDecisionDate() != null ? within(m.getDecisionDate()) : m.getYear() == year).toList();
    this.movements = movements;
    this.units = units;
    this.councilMembers = councilMembers;
  }

  private boolean within(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /** Whether a measure is one this class knows; the reason in Vietnamese if not. */
  static Optional<String> problem(String measure) {
    for (String term : measure.split("\\+")) {
      String t = term.strip();
      boolean known = switch (t) {
        case TOTAL, MANUAL, "MOVEMENTS_LAUNCHED", "MOVEMENTS_IN_FORCE", "UNITS", "COUNCIL_MEMBERS" -> true;
        default -> t.startsWith("AWARD:") ? isAwardType(t.substring(6))
            : t.startsWith("MERIT:") && Arrays.stream(MeritCode.values()).anyMatch(c -> c.name().equals(t.substring(6)));
      };
      if (!known) {
        return Optional.of("cách tính «" + t + "» không có trong danh mục cách tính của hệ thống");
      }
    }
    return Optional.empty();
  }

  private static boolean isAwardType(String name) {
    return Arrays.stream(AwardType.values()).anyMatch(type -> type.name().equals(name));
  }

  /** The count of a measure (not TOTAL) for a column's subject, or null when the cell stays empty. */
  Integer count(String measure, Subject subject) {
    Integer sum = null;
    for (String term : measure.split("\\+")) {
      Integer part = term(term.strip(), subject);
      if (part != null) {
        sum = (sum == null ? 0 : sum) + part;
      }
    }
    return sum;
  }

  private Integer term(String term, Subject subject) {
    if (term.startsWith("AWARD:")) {
      AwardType type = AwardType.valueOf(term.substring(6));
      return (int) awards.stream().filter(a -> a.getAwardType() == type)
          .filter(of(subject, Award::isCollective)).count();
    }
    if (term.startsWith("MERIT:")) {
      MeritCode code = MeritCode.valueOf(term.substring(6));
      return (int) merits.stream().filter(m -> m.getCode() == code)
          .filter(of(subject, m -> m.getNomineeKey().startsWith(COLLECTIVE_PREFIX))).count();
    }
    if (subject != Subject.ALL) {
      return null;
    }
    return switch (term) {
      case "MOVEMENTS_LAUNCHED" -> (int) movements.stream().filter(m -> m.getFirstYear() == year).count();
      case "MOVEMENTS_IN_FORCE" -> (int) movements.stream().filter(m -> m.covers(year)).count();
      case "UNITS" -> units;
      case "COUNCIL_MEMBERS" -> councilMembers;
      default -> null;
    };
  }

  private static <T> Predicate<T> of(Subject subject, Predicate<T> collective) {
    return switch (subject) {
      case ALL -> x -> true;
      case COLLECTIVE -> collective;
      case INDIVIDUAL -> collective.negate();
    };
  }
}
