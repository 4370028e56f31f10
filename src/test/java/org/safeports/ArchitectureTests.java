package org.safeports;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a controller is written (docs/decisions.md, "How a controller handles failure"): it binds a
 * typed form, calls its module's service, and leaves failures to its module's advice. Each rule
 * names what it found; an allowance says why, and fails once it is no longer needed.
 */
class ArchitectureTests {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.safeports");

  static final DescribedPredicate<JavaClass> CONTROLLERS =
      describe(
          "controllers",
          c -> c.isAnnotatedWith(Controller.class) || c.isAnnotatedWith(RestController.class));

  /**
   * Controllers left out of the rules they still break, each with why. Each entry fails once it is
   * not needed.
   */
  static final Map<String, String> CONTROLLER_EXCEPTIONS = Map.of();

  @Test
  void controllersDoNotOpenTransactions() {
    noClasses()
        .that(CONTROLLERS)
        .should()
        .beAnnotatedWith(Transactional.class)
        .orShould()
        .beAnnotatedWith(jakarta.transaction.Transactional.class)
        .check(CLASSES);
    noMethods()
        .that()
        .areDeclaredInClassesThat(CONTROLLERS)
        .should()
        .beAnnotatedWith(Transactional.class)
        .orShould()
        .beAnnotatedWith(jakarta.transaction.Transactional.class)
        .check(CLASSES);
  }

  @Test
  void controllersCallTheirServicesNotTheStorage() {
    DescribedPredicate<JavaClass> storage =
        resideInAPackage("org.safeports..")
            .and(simpleNameEndingWith("Repository").or(simpleNameEndingWith("Store")))
            .or(assignableTo(JdbcTemplate.class))
            .or(assignableTo(NamedParameterJdbcTemplate.class))
            .or(assignableTo(JdbcClient.class))
            .or(assignableTo(EntityManager.class))
            .as("repositories, stores, JDBC or the entity manager");
    assertOnlyAllowed(
        violators(CONTROLLERS, storage), CONTROLLER_EXCEPTIONS, "depend on the storage");
  }

  /**
   * A failure is thrown to the module's advice or, where it belongs to a field, turned into a field
   * error by the service's typed exception; a controller does not catch. The handlers javac writes
   * for try-with-resources catch {@link Throwable} only and are not counted.
   */
  @Test
  void controllersDoNotCatch() {
    Map<String, String> found = new TreeMap<>();
    for (JavaClass controller : CLASSES.that(CONTROLLERS)) {
      for (JavaCodeUnit unit : controller.getCodeUnits()) {
        for (TryCatchBlock block : unit.getTryCatchBlocks()) {
          Set<String> caught =
              block.getCaughtThrowables().stream()
                  .map(JavaClass::getName)
                  .filter(name -> !name.equals(Throwable.class.getName()))
                  .collect(Collectors.toCollection(TreeSet::new));
          if (!caught.isEmpty()) {
            found.merge(
                controller.getName(),
                unit.getName() + " catches " + caught,
                (a, b) -> a + "; " + b);
          }
        }
      }
    }
    assertOnlyAllowed(found, CONTROLLER_EXCEPTIONS, "catch exceptions");
  }

  /** Numbers, dates and choices arrive converted: a controller does not parse text. */
  @Test
  void controllersDoNotParseText() {
    DescribedPredicate<JavaMethodCall> parsing =
        describe(
            "a call that parses text",
            call -> {
              JavaClass owner = call.getTargetOwner();
              String name = call.getName();
              var parameters = call.getTarget().getRawParameterTypes();
              boolean fromText =
                  !parameters.isEmpty() && parameters.get(0).isEquivalentTo(String.class);
              boolean boxed =
                  owner.getPackageName().equals("java.lang")
                      && Set.of("Integer", "Long", "Short", "Double", "Float", "Boolean")
                          .contains(owner.getSimpleName())
                      && (name.startsWith("parse") || name.equals("valueOf"));
              boolean time = owner.getPackageName().equals("java.time") && name.equals("parse");
              boolean choice = owner.isEnum() && name.equals("valueOf");
              return fromText && (boxed || time || choice);
            });
    Map<String, String> found = new TreeMap<>();
    for (JavaClass controller : CLASSES.that(CONTROLLERS)) {
      controller.getMethodCallsFromSelf().stream()
          .filter(parsing)
          .forEach(
              call ->
                  found.merge(controller.getName(), call.getDescription(), (a, b) -> a + "; " + b));
    }
    assertOnlyAllowed(found, CONTROLLER_EXCEPTIONS, "parse text");
  }

  /**
   * Packages whose controllers refuse nothing of their own, so that an advice would have nothing to
   * handle: a wrong id is the 404 page for every module ({@code NotFoundException}), a bad value a
   * field error on its form.
   */
  static final Map<String, String> PACKAGES_WITHOUT_OWN_ADVICE =
      Map.of(
          "org.safeports.platform.web",
          "robots.txt only; the advice shared by every page (binding, layout) lives here",
          "org.safeports.admin",
          "the dashboard only reads",
          "org.safeports.platform.audit",
          "the log only reads; a filter's bad value is a field error",
          "org.safeports.contact",
          "every refusal (the throttle too) is a field error on the form; nothing else to handle");

  /** Every module's controllers have an advice of their own, scoped to that module. */
  @Test
  void everyModuleWithControllersHasItsOwnAdvice() {
    Set<String> packages =
        CLASSES.that(CONTROLLERS).stream()
            .map(JavaClass::getPackageName)
            .collect(Collectors.toCollection(TreeSet::new));
    Map<String, String> missing = new TreeMap<>();
    for (String pkg : packages) {
      boolean advised =
          CLASSES.stream()
              .filter(c -> c.getPackageName().equals(pkg))
              .anyMatch(c -> scopedTo(c, pkg));
      if (!advised) {
        missing.put(pkg, "no @ControllerAdvice scoped to " + pkg);
      }
    }
    assertOnlyAllowed(missing, PACKAGES_WITHOUT_OWN_ADVICE, "lack an advice of their own");
    classes()
        .that()
        .areAnnotatedWith(ControllerAdvice.class)
        .and()
        .haveSimpleNameEndingWith("FailureAdvice")
        .should(beScopedToTheirOwnPackage())
        .allowEmptyShould(false)
        .check(CLASSES);
  }

  /** Whether the class is an advice limited to the controllers of that package. */
  static boolean scopedTo(JavaClass advice, String pkg) {
    if (!advice.isAnnotatedWith(ControllerAdvice.class)) {
      return false;
    }
    JavaAnnotation<JavaClass> annotation =
        advice.getAnnotationOfType(ControllerAdvice.class.getName());
    Stream<String> packages =
        Stream.concat(
            Stream.concat(
                Arrays.stream((String[]) annotation.get("basePackages").orElse(new String[0])),
                Arrays.stream((String[]) annotation.get("value").orElse(new String[0]))),
            Stream.concat(
                Arrays.stream(
                        (JavaClass[]) annotation.get("basePackageClasses").orElse(new JavaClass[0]))
                    .map(JavaClass::getPackageName),
                Arrays.stream(
                        (JavaClass[]) annotation.get("assignableTypes").orElse(new JavaClass[0]))
                    .map(JavaClass::getPackageName)));
    Set<String> named = packages.collect(Collectors.toSet());
    return named.equals(Set.of(pkg));
  }

  static ArchCondition<JavaClass> beScopedToTheirOwnPackage() {
    return new ArchCondition<>("be scoped to the controllers of their own package") {
      @Override
      public void check(JavaClass advice, ConditionEvents events) {
        if (!scopedTo(advice, advice.getPackageName())) {
          events.add(
              SimpleConditionEvent.violated(
                  advice, advice.getName() + " is not scoped to " + advice.getPackageName()));
        }
      }
    };
  }

  static final int MAX_LINES = 300;

  /**
   * Classes over {@link #MAX_LINES} lines, each with the heading of the section of
   * docs/decisions.md that says why.
   */
  static final Map<String, String> LONG_CLASSES =
      Map.of(
          "org/safeports/platform/files/PdfActiveContent.java", "Classes over 300 lines",
          "org/safeports/events/DemoEvents.java", "Classes over 300 lines",
          "org/safeports/surveys/SurveyAnswering.java", "Classes over 300 lines");

  @Test
  void classesStaySmall() throws IOException {
    Path sources = Path.of("src/main/java");
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        long lines;
        try (Stream<String> text = Files.lines(file)) {
          lines = text.count();
        }
        if (lines > MAX_LINES) {
          found.put(sources.relativize(file).toString().replace('\\', '/'), lines + " lines");
        }
      }
    }
    assertOnlyAllowed(found, LONG_CLASSES, "run over " + MAX_LINES + " lines");
    String decisions = Files.readString(Path.of("docs/decisions.md"));
    for (String section : Set.copyOf(LONG_CLASSES.values())) {
      assertThat(decisions).as("docs/decisions.md section").contains("## " + section + "\n");
    }
  }

  /** Classes of a kind that depend on a kind of class, each with what it depends on. */
  static Map<String, String> violators(
      DescribedPredicate<JavaClass> kind, DescribedPredicate<JavaClass> target) {
    Map<String, String> found = new TreeMap<>();
    for (JavaClass c : CLASSES.that(kind)) {
      Set<String> targets =
          c.getDirectDependenciesFromSelf().stream()
              .map(d -> d.getTargetClass().getBaseComponentType())
              .filter(target)
              .map(JavaClass::getSimpleName)
              .collect(Collectors.toCollection(TreeSet::new));
      if (!targets.isEmpty()) {
        found.put(c.getName(), targets.toString());
      }
    }
    return found;
  }

  /**
   * What was found is allowed only where an allowance names it, and every allowance is still
   * needed: an entry that nothing breaks any more must go.
   */
  static void assertOnlyAllowed(
      Map<String, String> found, Map<String, String> allowed, String what) {
    Map<String, String> unexplained = new TreeMap<>(found);
    unexplained.keySet().removeAll(allowed.keySet());
    assertThat(unexplained).as("classes that " + what).isEmpty();
    Set<String> unneeded = new TreeSet<>(allowed.keySet());
    unneeded.removeAll(found.keySet());
    assertThat(unneeded).as("allowances no longer needed (remove them)").isEmpty();
  }
}
