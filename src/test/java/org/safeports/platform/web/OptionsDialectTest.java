package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form fragments' {@code #options.read(option, method)}: what {@code o.method()} gave. */
class OptionsDialectTest {

  private final OptionsDialect.Reader reader = new OptionsDialect.Reader();

  private record Choice(String code, String name) {}

  private enum Colour {
    RED {
      @Override
      String label() {
        return "Red";
      }
    };

    abstract String label();
  }

  @Test
  void readsARecordOfAClassThatIsNotPublicTwice() {
    Choice choice = new Choice("MX", "México");
    for (int round = 0; round < 2; round++) {
      assertThat(reader.read(choice, "code")).isEqualTo("MX");
      assertThat(reader.read(choice, "name")).isEqualTo("México");
    }
  }

  @Test
  void readsAMapEntryAndAnEnumConstantWithABodyOfItsOwn() {
    Map<String, Integer> map = new LinkedHashMap<>(Map.of("a", 1));
    Map.Entry<String, Integer> entry = map.entrySet().iterator().next();
    assertThat(reader.read(entry, "getKey")).isEqualTo("a");
    assertThat(reader.read(entry, "getValue")).isEqualTo(1);
    assertThat(reader.read(Colour.RED, "name")).isEqualTo("RED");
    assertThat(reader.read(Colour.RED, "label")).isEqualTo("Red");
  }

  @Test
  void anUnknownMethodIsAnErrorAndNoOptionReadsAsNull() {
    assertThatThrownBy(() -> reader.read(new Choice("a", "b"), "nope"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(reader.read(null, "code")).isNull();
  }
}
