package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

  Optional<Person> findByUsername(String username);

  List<Person> findByUnitAndActiveTrueOrderByFullNameAsc(Unit unit);

  /** Every active person with unit and roles in one statement (not one more per person). */
  @EntityGraph(attributePaths = {"unit", "roles"})
  List<Person> findByActiveTrue();

  /**
   * The active people who are named, work in one of the units, hold one of the roles or have one of the ids, with
   * unit and roles, in one statement. Callers that need exact group membership filter the result further. An empty
   * argument matches nobody.
   */
  default List<Person> findActiveAmong(Collection<String> usernames, Collection<String> unitCodes,
      Collection<Role> roles, Collection<Long> ids) {
    if (usernames.isEmpty() && unitCodes.isEmpty() && roles.isEmpty() && ids.isEmpty()) {
      return List.of();
    }
    // A value no row has stands in for an empty list: "in ()" is not SQL everywhere.
    Collection<String> names = usernames.isEmpty() ? List.of("") : usernames;
    Collection<String> codes = unitCodes.isEmpty() ? List.of("") : unitCodes;
    Collection<Long> personIds = ids.isEmpty() ? List.of(-1L) : ids;
    return roles.isEmpty() ? findActiveByNamesUnitsOrIds(names, codes, personIds)
        : findActiveByNamesUnitsRolesOrIds(names, codes, roles, personIds);
  }

  /** The full names of the active people holding a role, oldest account first (e.g. who signs as Director). */
  @Query("select p.fullName from Person p join p.roles r where p.active = true and r = :role order by p.id")
  List<String> activeNamesWithRole(@Param("role") Role role);

  @Query("select distinct p from Person p left join fetch p.unit u left join fetch p.roles where p.active = true"
      + " and (p.username in :usernames or u.code in :unitCodes or p.id in :ids)")
  List<Person> findActiveByNamesUnitsOrIds(@Param("usernames") Collection<String> usernames,
      @Param("unitCodes") Collection<String> unitCodes, @Param("ids") Collection<Long> ids);

  @Query("select distinct p from Person p left join fetch p.unit u left join fetch p.roles where p.active = true"
      + " and (p.username in :usernames or u.code in :unitCodes or p.id in :ids"
      + " or exists (select 1 from Person q join q.roles r where q.id = p.id and r in :roles))")
  List<Person> findActiveByNamesUnitsRolesOrIds(@Param("usernames") Collection<String> usernames,
      @Param("unitCodes") Collection<String> unitCodes, @Param("roles") Collection<Role> roles,
      @Param("ids") Collection<Long> ids);
}
