package id.kinerja;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
}
