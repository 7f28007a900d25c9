package id.kinerja;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map as the README's Layout draws it, checked on the compiled product (tests left
 * out): a room per feature, no room reaching back into one that reaches into it, and a kernel of
 * the appraisal year (descriptors, Predikat, ratings, BerAKHLAK, the curve rule) that uses none of
 * them.
 */
class ArchitectureTest {

  static final String BASE = "id.kinerja";
  static JavaClasses product;

  @BeforeAll
  static void importTheProduct() {
    product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
  }

  @Test
  void roomsDoNotDependOnEachOtherInCycles() {
    slices().matching(BASE + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(product);
  }

  @Test
  void theKernelUsesNoFeature() {
    noClasses().that().resideInAPackage(BASE + ".kernel..")
        .should().dependOnClassesThat(resideInAPackage(BASE + "..").and(resideOutsideOfPackage(BASE + ".kernel..")))
        .because("every feature may use the kernel, so it may use none of them")
        .check(product);
  }

  @Test
  void skpAndAppraisalDoNotImportEachOther_theCycleOnlyGoesOneWay() {
    noClasses().that().resideInAPackage(BASE + ".skp..")
        .should().dependOnClassesThat().resideInAPackage(BASE + ".appraisal..")
        .because("the appraisal cycle opens and reads SKPs; what both need lives in the kernel")
        .check(product);
  }

  @Test
  void onlyTheDemoRoomKnowsTheDemo() {
    noClasses().that().resideOutsideOfPackage(BASE + ".demo..")
        .should().dependOnClassesThat().resideInAPackage(BASE + ".demo..")
        .check(product);
  }

  /**
   * A submission may carry only its form's fields: the filter checks that at the REST API and the
   * webapps' API, the only ways a person completes a task or starts a process. Inside the product,
   * only the demo data completes tasks or submits forms through the Java API (as the demo's people,
   * with the fields their forms have); a feature that did so with a user's input would bypass that
   * check, so none may.
   */
  @Test
  void onlyTheDemoCompletesTasksOrSubmitsFormsThroughTheJavaApi() {
    noClasses().that().resideOutsideOfPackage(BASE + ".demo..")
        .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
            "TaskService.complete/resolveTask or FormService.submit*", call -> {
              String owner = call.getTarget().getOwner().getName();
              String name = call.getTarget().getName();
              return (owner.equals("org.camunda.bpm.engine.TaskService") && (name.equals("complete") || name.equals("resolveTask")
                  || name.equals("completeWithVariablesInReturn")))
                  || (owner.equals("org.camunda.bpm.engine.FormService") && name.startsWith("submit"));
            }))
        .check(product);
  }

  /**
   * A room is used through its public API: its services, descriptors, records and events. What
   * the engine or the web calls into it (delegates, execution and task listeners, controllers) and
   * its repositories (its own tables) are its inside: another room that needs one of them asks the
   * room's service instead, so a room can change its SQL, its wiring or its pages alone.
   */
  @Test
  void roomsUseEachOtherOnlyThroughTheirPublicApi() {
    classes().should(useOtherRoomsOnlyThroughTheirApi()).check(product);
  }

  /** The room a class lives in ({@code calibration} for {@code id.kinerja.calibration.web.X}), or null. */
  static String roomOf(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(BASE + ".")) {
      return null;
    }
    String rest = name.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static final List<String> INSIDE_ANNOTATIONS = List.of("org.springframework.stereotype.Controller",
      "org.springframework.web.bind.annotation.RestController", "org.springframework.stereotype.Repository");

  /** What only its own room may use. */
  static boolean isInsideOfItsRoom(JavaClass type) {
    JavaClass top = type;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top.isAssignableTo(JavaDelegate.class) || top.isAssignableTo(ExecutionListener.class)
        || top.isAssignableTo(TaskListener.class) || top.getSimpleName().endsWith("Repository")
        || INSIDE_ANNOTATIONS.stream().anyMatch(top::isAnnotatedWith);
  }

  static ArchCondition<JavaClass> useOtherRoomsOnlyThroughTheirApi() {
    return new ArchCondition<>("use other rooms only through their public API (no delegate, listener, "
        + "controller or repository of another room)") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String room = roomOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          String targetRoom = roomOf(target);
          if (targetRoom != null && room != null && !targetRoom.equals(room) && isInsideOfItsRoom(target)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
