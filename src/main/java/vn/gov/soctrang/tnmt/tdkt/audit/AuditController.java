package vn.gov.soctrang.tnmt.tdkt.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * The audit trail for administrators: {@code GET /api/admin/audit?objectType=AWARD&objectId=12&limit=100}, newest
 * first, each entry with who, when, the object, the action, and the object's fields before and after.
 */
@RestController
class AuditController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuditService audit;

  AuditController(AuditService audit) {
    this.audit = audit;
  }

  /** One entry as the API shows it; {@code before} and {@code after} are the object's fields as recorded. */
  record AuditEntryView(Long id, String at, String actor, String objectType, String objectLabel, String objectId,
      String action, String actionLabel, Object before, Object after) {
  }

  @GetMapping("/api/admin/audit")
  public List<AuditEntryView> entries(@RequestParam(required = false) String objectType,
      @RequestParam(required = false) String objectId, @RequestParam(defaultValue = "200") String limit) {
    AuditedObject type = null;
    if (objectType != null && !objectType.isBlank()) {
      try {
        type = AuditedObject.valueOf(objectType.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("Không có loại đối tượng «" + objectType + "» trong nhật ký thay đổi.");
      }
    }
    int rows;
    try {
      rows = Integer.parseInt(limit.strip());
    } catch (NumberFormatException e) {
      rows = -1;
    }
    if (rows < 1 || rows > AuditService.MAX_LIMIT) {
      throw new InvalidInputException("Số dòng (limit) phải là số nguyên từ 1 đến " + AuditService.MAX_LIMIT + ".");
    }
    return audit.find(type, objectId, rows).stream().map(AuditController::view).toList();
  }

  private static AuditEntryView view(AuditEntry e) {
    return new AuditEntryView(e.getId(), e.getOccurredAt().toString(), e.getActor(), e.getObjectType(),
        objectLabel(e.getObjectType()), e.getObjectId(), e.getAction(), actionLabel(e.getAction()),
        parse(e.getBeforeJson()), parse(e.getAfterJson()));
  }

  private static String objectLabel(String name) {
    try {
      return AuditedObject.valueOf(name).label();
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  private static String actionLabel(String name) {
    try {
      return AuditAction.valueOf(name).label();
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  private static Object parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}
