package org.safeports.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.safeports.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A few messages in the demo's secretariat list, one in each language, when it has none. */
@Component
class DemoContactMessages {

  private record Demo(
      String name,
      String email,
      ContactTopic topic,
      String language,
      String subject,
      String body) {}

  private static final List<Demo> MESSAGES =
      List.of(
          new Demo(
              "María Fernanda Ríos",
              "mf.rios@example.org",
              ContactTopic.LIBRARY,
              "es",
              "Plan de contingencia ante huracanes",
              "Buenos días. ¿Tiene la biblioteca algún plan de contingencia portuaria ante huracanes"
                  + " de un puerto del Caribe que podamos usar como modelo? Gracias."),
          new Demo(
              "João Carvalho",
              "j.carvalho@example.org",
              ContactTopic.MEMBERSHIP,
              "pt",
              "Adesão como membro associado",
              "A nossa associação de operadores de terminais gostaria de se tornar membro associado"
                  + " do GTC. Que informações devemos enviar?"),
          new Demo(
              "Claire Dubois",
              "c.dubois@example.org",
              ContactTopic.ACCESSIBILITY,
              "fr",
              "Document PDF illisible",
              "Le document sur la norme ISO 28000 est une image numérisée : mon lecteur d'écran"
                  + " n'en lit rien. Existe-t-il une version texte ?"),
          new Demo(
              "Kevin Thompson",
              "k.thompson@example.org",
              ContactTopic.VOICES,
              "en",
              "Port Voices piece on cruise terminals",
              "I would like to write a Port Voices piece on screening at cruise terminals. Is there"
                  + " a length you prefer?"));

  private final ContactMessages messages;
  private final DemoMode demoMode;
  private final Clock clock;

  DemoContactMessages(ContactMessages messages, DemoMode demoMode, Clock clock) {
    this.messages = messages;
    this.demoMode = demoMode;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(50)
  @Transactional
  public void load() {
    if (!demoMode.isEnabled() || messages.count(null) > 0) {
      return;
    }
    Instant now = clock.instant();
    for (int i = 0; i < MESSAGES.size(); i++) {
      Demo demo = MESSAGES.get(i);
      messages.insert(
          new ContactForm(
              demo.name(), demo.email(), demo.topic().name(), demo.subject(), demo.body(), null),
          demo.topic(),
          demo.language(),
          null,
          now.minus(Duration.ofDays(MESSAGES.size() - i)));
    }
  }
}
