package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.ArrayList;
import java.util.List;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The nomination fields of the report form: one slot for the unit as a collective and a fixed number of slots for
 * individuals. (Camunda 7.24's Tasklist cannot complete a form whose dynamic list was edited: form-js leaves an
 * empty error entry behind for list fields, which Tasklist reads as "invalid". Fixed slots avoid that.)
 */
public final class NominationSlots {

  /** How many individuals one unit report may nominate. */
  public static final int INDIVIDUAL_SLOTS = 10;

  public static final ProcessVariable<Object> COLLECTIVE_PROPOSED = var("collectiveProposed");
  public static final ProcessVariable<Object> COLLECTIVE_AWARD = var("collectiveAward");
  public static final ProcessVariable<Object> COLLECTIVE_ACHIEVEMENTS = var("collectiveAchievements");
  public static final ProcessVariable<Object> COLLECTIVE_INITIATIVES = var("collectiveInitiatives");

  private NominationSlots() {
  }

  /** The variables of individual slot {@code k} (1-based). */
  public record Individual(int number, ProcessVariable<Object> person, ProcessVariable<Object> award,
      ProcessVariable<Object> tasksCompleted, ProcessVariable<Object> achievements,
      ProcessVariable<Object> initiatives) {

    public String place() {
      return "Cá nhân thứ " + number;
    }

    public List<ProcessVariable<Object>> variables() {
      return List.of(person, award, tasksCompleted, achievements, initiatives);
    }
  }

  public static Individual individual(int k) {
    if (k < 1 || k > INDIVIDUAL_SLOTS) {
      throw new IllegalArgumentException("No individual slot " + k);
    }
    String p = "individual" + k;
    return new Individual(k, var(p + "Person"), var(p + "Award"), var(p + "TasksCompleted"),
        var(p + "Achievements"), var(p + "Initiatives"));
  }

  /** Every field of the slots, collective and individual: all of them form fields. */
  public static List<ProcessVariable<?>> variables() {
    List<ProcessVariable<?>> all = new ArrayList<>(
        List.of(COLLECTIVE_PROPOSED, COLLECTIVE_AWARD, COLLECTIVE_ACHIEVEMENTS, COLLECTIVE_INITIATIVES));
    for (int k = 1; k <= INDIVIDUAL_SLOTS; k++) {
      all.addAll(individual(k).variables());
    }
    return List.copyOf(all);
  }

  private static ProcessVariable<Object> var(String name) {
    return ProcessVariable.input(name);
  }
}
