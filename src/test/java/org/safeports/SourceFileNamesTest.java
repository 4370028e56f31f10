package org.safeports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source file declares a type of its own name. The compiler plugin takes a file without its
 * class for one that changed and recompiles the whole module on every build, so that a second
 * {@code ./mvnw spring-boot:run} waits for a full compilation.
 */
class SourceFileNamesTest {

  @Test
  void everySourceFileDeclaresATypeOfItsName() throws IOException {
    assertThat(filesWithoutTheirType(Path.of("src/main/java"))).isEmpty();
    assertThat(filesWithoutTheirType(Path.of("src/test/java"))).isEmpty();
  }

  static List<Path> filesWithoutTheirType(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".java"))
          .filter(file -> !file.getFileName().toString().equals("package-info.java"))
          .filter(file -> !declaresItsType(file))
          .toList();
    }
  }

  static boolean declaresItsType(Path file) {
    String name = file.getFileName().toString().replace(".java", "");
    Pattern declaration =
        Pattern.compile("\\b(class|interface|enum|record|@interface)\\s+" + name + "\\b");
    try {
      return declaration.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
