package vn.gov.soctrang.tnmt.tdkt.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. A change and its entry share one transaction (the entry is refused outside one), so
 * neither can be kept without the other.
 */
@Service
public class AuditService {

  /** The actor of changes no logged-in user made (timers, start-up). */
  public static final String SYSTEM = "system";

  public static final int MAX_LIMIT = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuditEntryRepository entries;
  private final IdentityService identity;
  private final Clock clock;

  public AuditService(AuditEntryRepository entries, IdentityService identity, Clock clock) {
    this.entries = entries;
    this.identity = identity;
    this.clock = clock;
  }

  /** Records a change made by the logged-in Camunda user (or the system when nobody is logged in). */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry record(AuditedObject type, Object objectId, AuditAction action, Map<String, ?> before,
      Map<String, ?> after) {
    return record(currentActor(), type, objectId, action, before, after);
  }

  /** Records a change by a named actor (the use case already knows who acts, e.g. the Director's decision). */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry record(String actor, AuditedObject type, Object objectId, AuditAction action,
      Map<String, ?> before, Map<String, ?> after) {
    String who = actor == null || actor.isBlank() ? currentActor() : actor;
    return entries.save(new AuditEntry(clock.instant(), who, type, String.valueOf(objectId), action, json(before),
        json(after)));
  }

  /**
   * Records an attempt the system refused. The refusal rolls back the caller's transaction, so the entry is written in
   * a transaction of its own; it names what was attempted (variable names, never their values).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public AuditEntry recordRefused(String actor, AuditedObject type, Object objectId, Map<String, ?> attempted) {
    return record(actor, type, objectId, AuditAction.REFUSED, null, attempted);
  }

  /** Whether an update changed anything worth recording. */
  public static boolean changed(Map<String, ?> before, Map<String, ?> after) {
    return !Objects.equals(before, after);
  }

  public String currentActor() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? SYSTEM : auth.getUserId();
  }

  /** The newest entries first, optionally of one kind of object or one object. */
  @Transactional(readOnly = true)
  public List<AuditEntry> find(AuditedObject type, String objectId, int limit) {
    PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_LIMIT)));
    if (type == null) {
      return entries.findAllByOrderByIdDesc(page);
    }
    if (objectId == null || objectId.isBlank()) {
      return entries.findByObjectTypeOrderByIdDesc(type.name(), page);
    }
    return entries.findByObjectTypeAndObjectIdOrderByIdDesc(type.name(), objectId.strip(), page);
  }

  private static String json(Map<String, ?> snapshot) {
    if (snapshot == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an audit snapshot as JSON", e);
    }
  }
}
