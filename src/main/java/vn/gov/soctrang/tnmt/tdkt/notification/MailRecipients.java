package vn.gov.soctrang.tnmt.tdkt.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.PersonRepository;

/**
 * Who receives a mail: active people with an address, found from the organisation (which Camunda's groups mirror),
 * so no engine query or authorization is involved. One message per address, however many groups match.
 */
@Component
@Transactional(readOnly = true)
class MailRecipients {

  private final PersonRepository people;
  private final OrganizationService organization;
  private final Clock clock;

  public MailRecipients(PersonRepository people, OrganizationService organization, Clock clock) {
    this.people = people;
    this.organization = organization;
    this.clock = clock;
  }

  /**
   * The active members of any of the groups, plus the named users. Only the people who may belong are read (named,
   * in a named unit, holding a role that gives a named group, or seated on the Council when it is named), with
   * their units and roles in one statement: this runs inside the engine transaction of every task created.
   */
  public List<Recipient> of(Collection<String> groups, Collection<String> users) {
    Set<String> wantedGroups = Set.copyOf(groups);
    Set<String> wantedUsers = Set.copyOf(users);
    if (wantedGroups.isEmpty() && wantedUsers.isEmpty()) {
      return List.of();
    }
    CamundaGroups.Candidates candidates = CamundaGroups.candidatesOf(wantedGroups);
    Set<Long> council = candidates.council()
        ? organization.councilOn(LocalDate.now(clock)).stream().map(m -> m.getPerson().getId())
            .collect(Collectors.toSet())
        : Set.of();
    Stream<Person> matching = people.findActiveAmong(wantedUsers, candidates.unitCodes(), candidates.roles(),
            council).stream()
        .filter(p -> wantedUsers.contains(p.getUsername())
            || CamundaGroups.groupsOf(p, council.contains(p.getId())).stream().anyMatch(wantedGroups::contains))
        .sorted(Comparator.comparing(Person::getId));
    return distinct(matching);
  }

  public List<Recipient> users(Collection<String> usernames) {
    return of(List.of(), usernames);
  }

  public List<Recipient> groups(Collection<String> groups) {
    return of(groups, List.of());
  }

  /** Several lists as one, each address once. */
  static List<Recipient> merge(List<Recipient> first, List<Recipient> second) {
    Map<String, Recipient> byAddress = new LinkedHashMap<>();
    Stream.concat(first.stream(), second.stream())
        .forEach(r -> byAddress.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r));
    return List.copyOf(byAddress.values());
  }

  private static List<Recipient> distinct(Stream<Person> people) {
    Map<String, Recipient> byAddress = new LinkedHashMap<>();
    people.filter(p -> p.getEmail() != null && !p.getEmail().isBlank())
        .forEach(p -> byAddress.putIfAbsent(p.getEmail().strip().toLowerCase(Locale.ROOT),
            new Recipient(p.getUsername(), p.getFullName(), p.getEmail().strip())));
    return List.copyOf(byAddress.values());
  }
}
