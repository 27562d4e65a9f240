package dev.claimdiff.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of extraction, as its packages: the claim model (the root, with the front door
 * {@link ClaimExtractor}), the rule engine ({@code engine}), discourse ({@code discourse}), the
 * claim types ({@code claims}) and one package per language ({@code id}, {@code en}). A lower
 * layer never reaches up: the engine knows no claim type, discourse no extractor, and no generic
 * package any language's code (which implements interfaces the engine calls).
 *
 * <p>Not stated whole, because it does not hold yet: the engine does not depend on discourse.
 * {@code engine.LanguageRules} holds the language's {@code discourse.Names}, which itself reads
 * the engine's word lists; that cycle is listed in {@code docs/architecture.md}, and
 * {@link #theEngineReachesDiscourseOnlyForTheNameResolver} keeps it from growing.
 */
class ExtractLayersTest {
  private static final String ROOT = "dev.claimdiff.extract";
  private static final String ENGINE = ROOT + ".engine..";
  private static final String DISCOURSE = ROOT + ".discourse..";
  private static final String CLAIMS = ROOT + ".claims..";
  private static final String[] LANGUAGES = {ROOT + ".id..", ROOT + ".en.."};
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.claimdiff");
  }

  @Test
  void theEngineKnowsNoClaimType() {
    noClasses().that().resideInAPackage(ENGINE)
        .should().dependOnClassesThat().resideInAPackage(CLAIMS)
        .check(classes);
  }

  @Test
  void theEngineReachesDiscourseOnlyForTheNameResolver() {
    noClasses().that().resideInAPackage(ENGINE).and().doNotHaveSimpleName("LanguageRules")
        .should().dependOnClassesThat().resideInAPackage(DISCOURSE)
        .check(classes);
  }

  @Test
  void discourseKnowsNoExtractor() {
    noClasses().that().resideInAPackage(DISCOURSE)
        .should().dependOnClassesThat().resideInAPackage(CLAIMS)
        .check(classes);
  }

  @Test
  void theClaimModelDependsOnNoLayerBelowIt() {
    noClasses().that().resideInAPackage(ROOT).and().doNotHaveSimpleName("ClaimExtractor")
        .should().dependOnClassesThat().resideInAnyPackage(ENGINE, DISCOURSE, CLAIMS)
        .check(classes);
  }

  @Test
  void noGenericPackageDependsOnALanguagesCode() {
    noClasses().that().resideInAnyPackage(ROOT, ENGINE, DISCOURSE, CLAIMS)
        .should().dependOnClassesThat().resideInAnyPackage(LANGUAGES)
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void nothingOutsideExtractReachesDiscourseOrTheExtractors() {
    noClasses().that().resideOutsideOfPackage(ROOT + "..")
        .should().dependOnClassesThat().resideInAnyPackage(DISCOURSE, CLAIMS)
        .check(classes);
  }
}
