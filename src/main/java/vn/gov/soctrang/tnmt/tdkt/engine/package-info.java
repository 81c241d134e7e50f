/**
 * The engine adapter: everything that reaches into Camunda's internals ({@code org.camunda.bpm.engine.impl}), in one
 * place. Engine plugins with their command interceptors (the doors, the system variables, the secret ballot), the
 * history event handlers (no ballot in history, Camunda Admin's identity changes into the audit trail), the
 * authorization plugin, the password policy, history clean-up, the parse listeners that give user tasks the
 * application's listeners, and the system's own calls inside a command.
 *
 * <p>It is the outermost ring: it depends on the feature modules' published APIs (what is secret, who may do what,
 * where the audit goes) and no module depends on it; the features reach the engine only through its public API and
 * through the interfaces they declare themselves ({@code process.SystemAccess}, {@code process.EveryUserTaskListener})
 * which this module implements. {@code EngineInternalsTest} names every class here that uses the internals and pins
 * what they rely on against the engine's version (ADR 0013).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Engine adapter",
    allowedDependencies = {"audit", "award", "council", "difficulty", "disclosure", "inspection", "organization",
        "process", "province", "publication", "report", "shared", "thematic", "titles", "adhoc"})
package vn.gov.soctrang.tnmt.tdkt.engine;
