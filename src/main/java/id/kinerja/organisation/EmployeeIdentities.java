package id.kinerja.organisation;

import id.kinerja.kernel.AsSystem;
import id.kinerja.kernel.Nip;
import id.kinerja.organisation.ImportSummary.InitialPassword;
import id.kinerja.organisation.OrganisationRecords.Employee;
import id.kinerja.security.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's users and role groups in step with the organisation: every employee is a user
 * (id = NIP) in group asn; whoever has subordinates is in pejabat-penilai. Runs inside the
 * import's transaction, so a failed import leaves no users behind either.
 */
@Component
class EmployeeIdentities {

  private static final Logger log = LoggerFactory.getLogger(EmployeeIdentities.class);
  private static final int QUERY_CHUNK = 500;

  private final IdentityService identityService;
  private final OrganisationRepository repository;

  EmployeeIdentities(IdentityService identityService, OrganisationRepository repository) {
    this.identityService = identityService;
    this.repository = repository;
  }

  /**
   * Brings Camunda's users and groups in line with an import; returns the initial passwords of the
   * users it created. Runs without an engine identity: whoever may import (checked by Spring
   * Security) may have the organisation's logins follow, whatever their own Camunda permissions.
   */
  List<InitialPassword> sync(ImportPlanner.Plan plan, InitialPasswords passwords) {
    return AsSystem.call(identityService, () -> {
      List<InitialPassword> created = create(plan.employeesToInsert(), passwords);
      update(plan.identitiesToUpdate());
      reconcileAppraisers();
      return created;
    });
  }

  /** Creates users for new employees; returns the initial passwords of the users it created. */
  List<InitialPassword> create(List<Employee> employees, InitialPasswords passwords) {
    Set<String> existing = existingUsers(employees.stream().map(Employee::nip).toList());
    List<InitialPassword> created = new ArrayList<>();
    List<String> newAccounts = new ArrayList<>();
    List<String> adoptedAccounts = new ArrayList<>();
    for (Employee employee : employees) {
      if (existing.contains(employee.nip())) {
        // somebody created the user by hand before the import: keep their password
        update(employee);
        if (identityService.createUserQuery().userId(employee.nip()).memberOfGroup(Roles.ASN).count() == 0) {
          identityService.createMembership(employee.nip(), Roles.ASN);
        }
        adoptedAccounts.add(employee.nip());
        continue;
      }
      User user = identityService.newUser(employee.nip());
      copyNames(employee, user);
      String password = passwords.next();
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(employee.nip(), Roles.ASN);
      newAccounts.add(employee.nip());
      if (passwords.mustChange()) {
        created.add(new InitialPassword(employee.nip(), employee.name(), password));
      }
    }
    repository.insertAccounts(newAccounts, passwords.mustChange());
    Set<String> withAccount = repository.nipsWithAccount(adoptedAccounts);
    repository.insertAccounts(adoptedAccounts.stream().filter(n -> !withAccount.contains(n)).toList(), false);
    return created;
  }

  void update(Collection<Employee> employees) {
    employees.forEach(this::update);
  }

  private void update(Employee employee) {
    User user = identityService.createUserQuery().userId(employee.nip()).singleResult();
    if (user == null) {
      // removed by hand in Camunda Admin: an admin recreates it there, with a password to hand out
      log.warn("Employee {} has no Camunda user; not recreated", employee.nip());
      return;
    }
    copyNames(employee, user);
    identityService.saveUser(user);
  }

  /** Adds and removes pejabat-penilai memberships so that they match who has subordinates now. */
  void reconcileAppraisers() {
    Set<String> appraisers = repository.activeSupervisors();
    Set<String> members = identityService.createUserQuery().memberOfGroup(Roles.PEJABAT_PENILAI).list().stream()
        .map(User::getId).collect(Collectors.toSet());
    for (String nip : appraisers) {
      if (!members.contains(nip)) {
        identityService.createMembership(nip, Roles.PEJABAT_PENILAI);
      }
    }
    Set<String> formerAppraisers = new HashSet<>(members);
    formerAppraisers.removeAll(appraisers);
    // users who are not employees (e.g. added by an admin) are not the organisation's to manage
    for (String nip : repository.existingNips(formerAppraisers)) {
      identityService.deleteMembership(nip, Roles.PEJABAT_PENILAI);
    }
  }

  void addToGroupIfMissing(String userId, String group) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
      identityService.createMembership(userId, group);
    }
  }

  /** A departed employee keeps the user, for the history, but can no longer sign in. */
  void retire(Nip nip) {
    identityService.deleteMembership(nip.value(), Roles.ASN);
    identityService.deleteMembership(nip.value(), Roles.PEJABAT_PENILAI);
    User user = identityService.createUserQuery().userId(nip.value()).singleResult();
    if (user != null) {
      user.setPassword(InitialPasswords.random() + InitialPasswords.random());
      identityService.saveUser(user);
    }
  }

  private Set<String> existingUsers(List<String> ids) {
    Set<String> found = new HashSet<>();
    for (int i = 0; i < ids.size(); i += QUERY_CHUNK) {
      String[] chunk = ids.subList(i, Math.min(ids.size(), i + QUERY_CHUNK)).toArray(String[]::new);
      identityService.createUserQuery().userIdIn(chunk).list().forEach(u -> found.add(u.getId()));
    }
    return found;
  }

  /**
   * Camunda wants a first and last name; Indonesian names often have one word, and titles follow a
   * comma ("Budi Santoso, S.Kom."): the last word before the titles becomes the last name.
   */
  static void copyNames(Employee employee, User user) {
    String[] names = splitName(employee.name());
    user.setFirstName(names[0]);
    user.setLastName(names[1]);
    user.setEmail(employee.email());
  }

  static String[] splitName(String fullName) {
    String name = fullName.trim();
    int comma = name.indexOf(',');
    String beforeTitles = comma < 0 ? name : name.substring(0, comma).trim();
    int space = beforeTitles.lastIndexOf(' ');
    if (space < 0) {
      return new String[] {name, ""};
    }
    return new String[] {beforeTitles.substring(0, space).trim(), name.substring(space + 1).trim()};
  }
}
