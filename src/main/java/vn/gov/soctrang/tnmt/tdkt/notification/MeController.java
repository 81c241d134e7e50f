package vn.gov.soctrang.tnmt.tdkt.notification;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;

/**
 * Who the caller is, and the reminders addressed to them or their groups. Here rather than in organization because
 * the notifications are this module's, and this module already reads the organisation.
 */
@RestController
@RequestMapping("/api/me")
class MeController {

  private final IdentityService identity;
  private final OrganizationService organization;
  private final NotificationService notifications;

  MeController(IdentityService identity, OrganizationService organization, NotificationService notifications) {
    this.identity = identity;
    this.organization = organization;
    this.notifications = notifications;
  }

  /**
   * The account and its groups, then, only for an account that is a person of the organisation, the person's name,
   * position and unit at the same level ({@code fullName}, {@code position}, {@code unit}).
   */
  record MeView(String username, List<String> groups, @JsonUnwrapped PersonFacts person) {
  }

  record PersonFacts(String fullName, String position, String unit) {
  }

  record NotificationView(String subject, String body, String createdAt) {
  }

  @GetMapping
  public MeView me() {
    var auth = identity.getCurrentAuthentication();
    Person person = organization.person(auth.getUserId()).orElse(null);
    return new MeView(auth.getUserId(), auth.getGroupIds(), person == null ? null : new PersonFacts(
        person.getFullName(), person.getPositionTitle(), person.getUnit() == null ? null : person.getUnit().getName()));
  }

  @GetMapping("/notifications")
  public List<NotificationView> myNotifications() {
    var auth = identity.getCurrentAuthentication();
    return notifications.forRecipient(auth.getUserId(), auth.getGroupIds()).stream()
        .map(n -> new NotificationView(n.getSubject(), n.getBody(), n.getCreatedAt().toString())).toList();
  }
}
