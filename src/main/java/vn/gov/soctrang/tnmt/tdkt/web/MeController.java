package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationService;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;

/** Who the caller is, and the reminders addressed to them or their groups. */
@RestController
@RequestMapping("/api/me")
public class MeController {

  private final IdentityService identity;
  private final OrganizationService organization;
  private final NotificationService notifications;

  public MeController(IdentityService identity, OrganizationService organization,
      NotificationService notifications) {
    this.identity = identity;
    this.organization = organization;
    this.notifications = notifications;
  }

  @GetMapping
  public Map<String, Object> me() {
    var auth = identity.getCurrentAuthentication();
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("username", auth.getUserId());
    me.put("groups", auth.getGroupIds());
    organization.person(auth.getUserId()).ifPresent(p -> {
      me.put("fullName", p.getFullName());
      me.put("position", p.getPositionTitle());
      me.put("unit", p.getUnit() == null ? null : p.getUnit().getName());
    });
    return me;
  }

  @GetMapping("/notifications")
  public List<Map<String, Object>> myNotifications() {
    var auth = identity.getCurrentAuthentication();
    return notifications.forRecipient(auth.getUserId(), auth.getGroupIds()).stream().map(n -> {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("subject", n.getSubject());
      view.put("body", n.getBody());
      view.put("createdAt", n.getCreatedAt().toString());
      return view;
    }).toList();
  }
}
