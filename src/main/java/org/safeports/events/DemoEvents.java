package org.safeports.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.DemoMode;
import org.safeports.search.SearchItemChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's events, from the TAG's 2010 report and its 2011 work plan, in four languages: a past
 * virtual seminar on disaster preparedness in ports with the Port-au-Prince presentation from the
 * library as its slides, an upcoming virtual seminar on ISO 28000 certification, and the
 * hemispheric conference on port security with a two-day agenda and a full registration with a
 * waiting line. Dates are set from the day the demo starts, so the past stays past and the coming
 * events stay to come. Each event is written once: restarting the demo changes nothing.
 */
@Component
class DemoEvents {

  private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

  static final String PAST_SEMINAR = "disaster-preparedness-in-ports";
  static final String ISO_SEMINAR = "iso-28000-certification-for-ports";
  static final String CONFERENCE = "hemispheric-conference-on-port-security";

  private static final ZoneId PANAMA = ZoneId.of("America/Panama");
  private static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");

  private final DemoMode demoMode;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher publisher;

  DemoEvents(DemoMode demoMode, JdbcClient jdbc, ApplicationEventPublisher publisher) {
    this.demoMode = demoMode;
    this.jdbc = jdbc;
    this.publisher = publisher;
  }

  /** Four texts, in the order en, es, pt, fr. */
  record T(String en, String es, String pt, String fr) {
    String in(String language) {
      return switch (language) {
        case "es" -> es;
        case "pt" -> pt;
        case "fr" -> fr;
        default -> en;
      };
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(70)
  @Transactional
  void load() {
    if (!demoMode.isEnabled()) {
      return;
    }
    Optional<Long> editor = accountId("editor@demo.safeports.org");
    if (editor.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(PANAMA);
    if (!exists(PAST_SEMINAR)) {
      pastSeminar(editor.get(), today.minusDays(45));
    }
    if (!exists(ISO_SEMINAR)) {
      isoSeminar(editor.get(), today.plusDays(21));
    }
    if (!exists(CONFERENCE)) {
      conference(editor.get(), today.plusDays(75));
    }
    hostCountries();
    announce();
  }

  /**
   * Written with SQL, the demo's events are announced as an editor's changes are, so that the site
   * search finds them; each start announces them again, which also indexes those of a demo database
   * written before they were announced.
   */
  private void announce() {
    jdbc.sql("select id from event_item where slug in (:a, :b, :c) order by id")
        .param("a", PAST_SEMINAR)
        .param("b", ISO_SEMINAR)
        .param("c", CONFERENCE)
        .query(Long.class)
        .list()
        .forEach(
            id ->
                publisher.publishEvent(
                    new SearchItemChanged(EventSearchSource.NAME, Long.toString(id))));
  }

  /**
   * The demo events' host countries: the conference is held in Panama; the two online seminars are
   * organised by the secretariat, at the OAS in Washington. Also for demo databases written before
   * events had a host country; a country an editor chose since is kept.
   */
  private void hostCountries() {
    Map.of(PAST_SEMINAR, "US", ISO_SEMINAR, "US", CONFERENCE, "PA")
        .forEach(
            (slug, country) ->
                jdbc.sql(
                        "update event_item set host_country = :country"
                            + " where slug = :slug and host_country is null")
                    .param("country", country)
                    .param("slug", slug)
                    .update());
  }

  private void pastSeminar(long editor, LocalDate day) {
    long id =
        event(
            PAST_SEMINAR,
            "SEMINAR",
            at(day, 10, 0),
            at(day, 12, 0),
            true,
            null,
            "es,en",
            "en,es",
            "NONE",
            null,
            editor);
    texts(
        id,
        new T(
            "Disaster preparedness in ports: lessons from 2010",
            "Preparación ante desastres en los puertos: lecciones de 2010",
            "Preparação para desastres nos portos: lições de 2010",
            "La préparation aux catastrophes dans les ports : les leçons de 2010"),
        new T(
            "The TAG's first virtual seminar: the contingency plans member states shared, and how"
                + " the port of Port-au-Prince was reopened after the earthquake.",
            "El primer seminario virtual del TAG: los planes de contingencia que compartieron los"
                + " Estados miembros y la reapertura del puerto de Puerto Príncipe tras el"
                + " terremoto.",
            "O primeiro seminário virtual do TAG: os planos de contingência compartilhados pelos"
                + " Estados membros e a reabertura do porto de Porto Príncipe após o terremoto.",
            "Le premier séminaire virtuel du TAG : les plans d'urgence partagés par les États"
                + " membres et la réouverture du port de Port-au-Prince après le séisme."),
        new T(
            """
            In 2010 the TAG asked member states for their disaster-preparedness initiatives in \
            ports and published what it received. Costa Rica, El Salvador, Guatemala and Mexico \
            answered, and were commended for it at the CIP meeting in Panama.

            This seminar went through those plans and through the account of how the port of \
            Port-au-Prince was brought back into service after the January 2010 earthquake in \
            Haiti. The slides are in the library.""",
            """
            En 2010 el TAG pidió a los Estados miembros sus iniciativas de preparación ante \
            desastres en los puertos y publicó lo recibido. Costa Rica, El Salvador, Guatemala y \
            México respondieron, y fueron felicitados por ello en la reunión de la CIP en Panamá.

            Este seminario repasó esos planes y el relato de cómo se volvió a poner en servicio \
            el puerto de Puerto Príncipe después del terremoto de enero de 2010 en Haití. Las \
            diapositivas están en la biblioteca.""",
            """
            Em 2010 o TAG pediu aos Estados membros suas iniciativas de preparação para \
            desastres nos portos e publicou o que recebeu. Costa Rica, El Salvador, Guatemala e \
            México responderam e foram elogiados por isso na reunião da CIP no Panamá.

            Este seminário percorreu esses planos e o relato de como o porto de Porto Príncipe \
            voltou a funcionar após o terremoto de janeiro de 2010 no Haiti. Os slides estão na \
            biblioteca.""",
            """
            En 2010, le TAG a demandé aux États membres leurs initiatives de préparation aux \
            catastrophes dans les ports et a publié ce qu'il a reçu. Le Costa Rica, El Salvador, \
            le Guatemala et le Mexique ont répondu et en ont été félicités lors de la réunion de \
            la CIP au Panama.

            Ce séminaire a passé en revue ces plans et le récit de la remise en service du port \
            de Port-au-Prince après le séisme de janvier 2010 en Haïti. Les diapositives sont \
            dans la bibliothèque."""));
    jdbc.sql(
            """
            insert into event_document (event_id, document_id, role, position)
            select :event, d.id, 'SLIDES', 0 from library_document d
            join library_description t on t.document_id = d.id and t.language = 'en'
            where t.title like 'Reopening Port-au-Prince%' and d.status = 'PUBLISHED'
            order by d.id limit 1
            """)
        .param("event", id)
        .update();
    log.info("Demo event {} written", PAST_SEMINAR);
  }

  private void isoSeminar(long editor, LocalDate day) {
    long id =
        event(
            ISO_SEMINAR,
            "SEMINAR",
            at(day, 9, 30),
            at(day, 11, 0),
            true,
            null,
            "en,es",
            "es,pt,fr",
            "OPEN",
            null,
            editor);
    texts(
        id,
        new T(
            "ISO 28000 certification for port facilities",
            "La certificación ISO 28000 para instalaciones portuarias",
            "A certificação ISO 28000 para instalações portuárias",
            "La certification ISO 28000 pour les installations portuaires"),
        new T(
            "What certification to ISO 28000:2007 asks of a port facility, what it costs, and what"
                + " the 2010 survey of member states found.",
            "Qué exige a una instalación portuaria la certificación ISO 28000:2007, cuánto cuesta"
                + " y qué mostró la encuesta de 2010 a los Estados miembros.",
            "O que a certificação ISO 28000:2007 exige de uma instalação portuária, quanto custa"
                + " e o que mostrou a pesquisa de 2010 com os Estados membros.",
            "Ce que la certification ISO 28000:2007 demande à une installation portuaire, ce"
                + " qu'elle coûte et ce qu'a montré l'enquête de 2010 auprès des États membres."),
        new T(
            """
            ISO 28000:2007 sets out a security management system for the supply chain. In \
            December 2010 the TAG asked member states how their ports use it and other voluntary \
            standards; Canada, Costa Rica, Panama and Peru answered.

            An hour and a half online: the standard in brief, the steps to certification, and \
            the survey's findings, with time for questions. Registered participants receive the \
            link.""",
            """
            La norma ISO 28000:2007 define un sistema de gestión de la seguridad para la cadena \
            de suministro. En diciembre de 2010 el TAG preguntó a los Estados miembros cómo la \
            usan sus puertos, junto con otras normas voluntarias; respondieron Canadá, Costa \
            Rica, Panamá y Perú.

            Una hora y media en línea: la norma en breve, los pasos hacia la certificación y los \
            resultados de la encuesta, con tiempo para preguntas. Los inscritos reciben el \
            enlace.""",
            """
            A norma ISO 28000:2007 define um sistema de gestão da segurança para a cadeia de \
            suprimentos. Em dezembro de 2010 o TAG perguntou aos Estados membros como seus \
            portos a utilizam, junto com outras normas voluntárias; responderam Canadá, Costa \
            Rica, Panamá e Peru.

            Uma hora e meia on-line: a norma em resumo, os passos até a certificação e os \
            resultados da pesquisa, com tempo para perguntas. Os inscritos recebem o link.""",
            """
            La norme ISO 28000:2007 définit un système de management de la sûreté pour la chaîne \
            d'approvisionnement. En décembre 2010, le TAG a demandé aux États membres comment \
            leurs ports l'utilisent, ainsi que d'autres normes volontaires ; le Canada, le Costa \
            Rica, le Panama et le Pérou ont répondu.

            Une heure et demie en ligne : la norme en bref, les étapes vers la certification et \
            les résultats de l'enquête, avec du temps pour les questions. Les inscrits reçoivent \
            le lien."""));
    log.info("Demo event {} written", ISO_SEMINAR);
  }

  private void conference(long editor, LocalDate first) {
    LocalDate second = first.plusDays(1);
    long id =
        event(
            CONFERENCE,
            "CONFERENCE",
            at(first, 9, 0),
            at(second, 17, 0),
            false,
            "Panama City, Panama",
            "es,en",
            "en,es,pt,fr",
            "OPEN",
            3,
            editor);
    texts(
        id,
        new T(
            "Hemispheric Conference on Port Security",
            "Conferencia Hemisférica sobre Seguridad Portuaria",
            "Conferência Hemisférica sobre Segurança Portuária",
            "Conférence hémisphérique sur la sûreté portuaire"),
        new T(
            "Two days in Panama on the TAG's 2011 work plan: contingency planning, international"
                + " standards, maritime domain awareness and cooperation in the region.",
            "Dos días en Panamá sobre el plan de trabajo 2011 del TAG: planes de contingencia,"
                + " normas internacionales, conocimiento del dominio marítimo y cooperación en la"
                + " región.",
            "Dois dias no Panamá sobre o plano de trabalho 2011 do TAG: planos de contingência,"
                + " normas internacionais, consciência do domínio marítimo e cooperação na região.",
            "Deux jours au Panama sur le plan de travail 2011 du TAG : plans d'urgence, normes"
                + " internationales, connaissance du domaine maritime et coopération dans la"
                + " région."),
        new T(
            """
            The 2011 work plan asks the TAG to organise a hemispheric conference on port \
            security. Delegations, port facility security officers and associate members meet \
            for two days to take stock of 2010 and agree on the work ahead.

            Places are limited; when they are taken, registrations join a waiting line and move \
            up as places free.""",
            """
            El plan de trabajo 2011 pide al TAG organizar una conferencia hemisférica sobre \
            seguridad portuaria. Delegaciones, oficiales de protección de instalaciones \
            portuarias y miembros asociados se reúnen dos días para hacer balance de 2010 y \
            acordar el trabajo por venir.

            Las plazas son limitadas; cuando se agotan, las inscripciones pasan a una lista de \
            espera y avanzan a medida que se liberan plazas.""",
            """
            O plano de trabalho 2011 pede ao TAG que organize uma conferência hemisférica sobre \
            segurança portuária. Delegações, oficiais de proteção de instalações portuárias e \
            membros associados se reúnem por dois dias para fazer o balanço de 2010 e combinar o \
            trabalho à frente.

            As vagas são limitadas; quando acabam, as inscrições entram numa lista de espera e \
            avançam à medida que vagas se abrem.""",
            """
            Le plan de travail 2011 demande au TAG d'organiser une conférence hémisphérique sur \
            la sûreté portuaire. Délégations, agents de sûreté des installations portuaires et \
            membres associés se réunissent deux jours pour faire le bilan de 2010 et convenir du \
            travail à venir.

            Les places sont limitées ; lorsqu'elles sont prises, les inscriptions rejoignent une \
            liste d'attente et avancent à mesure que des places se libèrent."""));

    long chair =
        speaker(
            id,
            "Margaret Ellison",
            "TAG Chair",
            "US",
            new T(
                "Chairs the TAG on Port Security and led its 2010 work on contingency planning"
                    + " and standards.",
                "Preside el TAG sobre Seguridad Portuaria y dirigió su trabajo de 2010 sobre"
                    + " planes de contingencia y normas.",
                "Preside o TAG sobre Segurança Portuária e conduziu seu trabalho de 2010 sobre"
                    + " planos de contingência e normas.",
                "Préside le TAG sur la sûreté portuaire et a dirigé ses travaux de 2010 sur les"
                    + " plans d'urgence et les normes."));
    long crowley =
        speaker(
            id,
            "Daniel Okafor",
            "Crowley Maritime Corporation",
            "US",
            new T(
                "Took part in the effort to reopen the port of Port-au-Prince after the 2010"
                    + " earthquake.",
                "Participó en el esfuerzo por reabrir el puerto de Puerto Príncipe tras el"
                    + " terremoto de 2010.",
                "Participou do esforço para reabrir o porto de Porto Príncipe após o terremoto"
                    + " de 2010.",
                "A participé à l'effort de réouverture du port de Port-au-Prince après le séisme"
                    + " de 2010."));
    long costaRica =
        speaker(
            id,
            "Lucía Monge Vargas",
            "Port authority",
            "CR",
            new T(
                "Wrote Costa Rica's answer to the TAG's request on disaster preparedness and to"
                    + " its ISO 28000 survey.",
                "Redactó la respuesta de Costa Rica a la solicitud del TAG sobre preparación ante"
                    + " desastres y a su encuesta sobre ISO 28000.",
                "Redigiu a resposta da Costa Rica ao pedido do TAG sobre preparação para"
                    + " desastres e à sua pesquisa sobre a ISO 28000.",
                "A rédigé la réponse du Costa Rica à la demande du TAG sur la préparation aux"
                    + " catastrophes et à son enquête sur l'ISO 28000."));
    long basc =
        speaker(
            id,
            "Ricardo Salazar",
            "Business Alliance for Secure Commerce (BASC)",
            "CO",
            new T(
                "Works on supply chain security with BASC, which plans to join the TAG as an"
                    + " associate member.",
                "Trabaja en la seguridad de la cadena de suministro con BASC, que prevé unirse al"
                    + " TAG como miembro asociado.",
                "Trabalha com segurança da cadeia de suprimentos na BASC, que pretende entrar no"
                    + " TAG como membro associado.",
                "Travaille sur la sûreté de la chaîne d'approvisionnement avec BASC, qui prévoit"
                    + " de rejoindre le TAG comme membre associé."));
    long paho =
        speaker(
            id,
            "Helena Duarte",
            "Pan American Health Organization (PAHO)",
            null,
            new T(
                "Follows the implementation of the International Health Regulations (2005) in"
                    + " the ports of the hemisphere.",
                "Sigue la aplicación del Reglamento Sanitario Internacional (2005) en los puertos"
                    + " del hemisferio.",
                "Acompanha a aplicação do Regulamento Sanitário Internacional (2005) nos portos"
                    + " do hemisfério.",
                "Suit la mise en œuvre du Règlement sanitaire international (2005) dans les ports"
                    + " de l'hémisphère."));

    // Day one.
    long opening =
        session(
            id,
            at(first, 9, 0),
            at(first, 10, 0),
            "SESSION",
            "Main hall",
            new T(
                "Opening: the year 2010 in review",
                "Apertura: balance de 2010",
                "Abertura: balanço de 2010",
                "Ouverture : bilan de l'année 2010"));
    talk(
        opening,
        0,
        new T(
            "What the TAG did in 2010, and what it did not",
            "Lo que el TAG hizo en 2010, y lo que no",
            "O que o TAG fez em 2010, e o que não fez",
            "Ce que le TAG a fait en 2010, et ce qu'il n'a pas fait"),
        chair);
    long contingency =
        session(
            id,
            at(first, 10, 30),
            at(first, 12, 30),
            "SESSION",
            "Main hall",
            new T(
                "Contingency plans and disaster preparedness",
                "Planes de contingencia y preparación ante desastres",
                "Planos de contingência e preparação para desastres",
                "Plans d'urgence et préparation aux catastrophes"));
    talk(
        contingency,
        0,
        new T(
            "Reopening Port-au-Prince after the earthquake",
            "La reapertura de Puerto Príncipe después del terremoto",
            "A reabertura de Porto Príncipe após o terremoto",
            "La réouverture de Port-au-Prince après le séisme"),
        crowley);
    talk(
        contingency,
        1,
        new T(
            "Sharing national plans: Costa Rica's experience",
            "Compartir los planes nacionales: la experiencia de Costa Rica",
            "Compartilhar os planos nacionais: a experiência da Costa Rica",
            "Partager les plans nationaux : l'expérience du Costa Rica"),
        costaRica);
    session(
        id,
        at(first, 12, 30),
        at(first, 14, 0),
        "BREAK",
        null,
        new T("Lunch", "Almuerzo", "Almoço", "Déjeuner"));
    long standards =
        session(
            id,
            at(first, 14, 0),
            at(first, 16, 0),
            "SESSION",
            "Room B",
            new T(
                "International standards on port security",
                "Normas internacionales de seguridad portuaria",
                "Normas internacionais de segurança portuária",
                "Normes internationales de sûreté portuaire"));
    talk(
        standards,
        0,
        new T(
            "ISO 28000 in the ports of member states: the 2010 survey",
            "ISO 28000 en los puertos de los Estados miembros: la encuesta de 2010",
            "ISO 28000 nos portos dos Estados membros: a pesquisa de 2010",
            "L'ISO 28000 dans les ports des États membres : l'enquête de 2010"),
        costaRica);
    talk(
        standards,
        1,
        new T(
            "The ILO guidelines on safety and security in ports",
            "Las directrices de la OIT sobre seguridad y protección en los puertos",
            "As diretrizes da OIT sobre segurança e proteção nos portos",
            "Les directives de l'OIT sur la sécurité et la sûreté dans les ports"),
        chair);

    // Day two.
    long awareness =
        session(
            id,
            at(second, 9, 0),
            at(second, 10, 30),
            "SESSION",
            "Main hall",
            new T(
                "Maritime domain awareness",
                "Conocimiento del dominio marítimo",
                "Consciência do domínio marítimo",
                "Connaissance du domaine maritime"));
    talk(
        awareness,
        0,
        new T(
            "MSSIS and the Virtual Regional Maritime Traffic Center",
            "MSSIS y el Centro Virtual Regional de Tráfico Marítimo",
            "O MSSIS e o Centro Virtual Regional de Tráfego Marítimo",
            "Le MSSIS et le Centre virtuel régional de trafic maritime"),
        chair);
    long cooperation =
        session(
            id,
            at(second, 11, 0),
            at(second, 12, 30),
            "SESSION",
            "Main hall",
            new T(
                "Cooperation with institutions in the region",
                "Cooperación con instituciones de la región",
                "Cooperação com instituições da região",
                "Coopération avec les institutions de la région"));
    talk(
        cooperation,
        0,
        new T(
            "Supply chain security with the private sector",
            "La seguridad de la cadena de suministro con el sector privado",
            "A segurança da cadeia de suprimentos com o setor privado",
            "La sûreté de la chaîne d'approvisionnement avec le secteur privé"),
        basc);
    talk(
        cooperation,
        1,
        new T(
            "Ports and the International Health Regulations (2005)",
            "Los puertos y el Reglamento Sanitario Internacional (2005)",
            "Os portos e o Regulamento Sanitário Internacional (2005)",
            "Les ports et le Règlement sanitaire international (2005)"),
        paho);
    long closing =
        session(
            id,
            at(second, 14, 0),
            at(second, 17, 0),
            "SESSION",
            "Main hall",
            new T(
                "The 2011 work plan and closing",
                "El plan de trabajo 2011 y clausura",
                "O plano de trabalho 2011 e encerramento",
                "Le plan de travail 2011 et clôture"));
    talk(
        closing,
        0,
        new T(
            "A forum for port facility security officers, and what comes next",
            "Un foro para los oficiales de protección portuaria, y lo que sigue",
            "Um fórum para os oficiais de proteção portuária, e o que vem a seguir",
            "Un forum pour les agents de sûreté portuaire, et la suite"),
        chair);

    // A full registration: three places taken, one person waiting.
    String[] confirmed = {
      "delegate@demo.safeports.org", "delegate.br@demo.safeports.org", "pfso@demo.safeports.org"
    };
    Instant now = Instant.now();
    for (int i = 0; i < confirmed.length; i++) {
      register(id, confirmed[i], "CONFIRMED", now.minusSeconds(86400L * (10 - i)));
    }
    register(id, "associate@demo.safeports.org", "WAITING", now.minusSeconds(86400L * 5));
    log.info("Demo event {} written, with its agenda and registrations", CONFERENCE);
  }

  private long event(
      String slug,
      String kind,
      Instant startsAt,
      Instant endsAt,
      boolean online,
      String venue,
      String languages,
      String interpretation,
      String registration,
      Integer capacity,
      long editor) {
    Timestamp now = Timestamp.from(Instant.now());
    return jdbc.sql(
            """
            insert into event_item (slug, kind, status, audience, original_language, starts_at,
                ends_at, time_zone, online, online_link, venue, organiser, languages,
                interpretation, registration, capacity, participant_list, created_by_id,
                published_at, created_at, updated_at)
            values (:slug, :kind, 'PUBLISHED', 'PUBLIC', 'en', :starts, :ends, :zone, :online,
                :link, :venue, 'TAG on Port Security secretariat', :languages, :interpretation,
                :registration, :capacity, :listing, :editor, :now, :now, :now)
            returning id
            """)
        .param("slug", slug)
        .param("kind", kind)
        .param("starts", Timestamp.from(startsAt))
        .param("ends", Timestamp.from(endsAt))
        .param("zone", PANAMA.getId())
        .param("online", online)
        .param("link", online ? "https://meet.example.org/safeports/" + slug : null)
        .param("venue", venue)
        .param("languages", languages)
        .param("interpretation", interpretation)
        .param("registration", registration)
        .param("capacity", capacity)
        .param("listing", capacity == null ? "NOBODY" : "PARTICIPANTS")
        .param("editor", editor)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  private void texts(long event, T title, T summary, T description) {
    for (String language : LANGUAGES) {
      jdbc.sql(
              """
              insert into event_item_text (event_id, language, title, summary, description,
                  updated_at)
              values (:event, :language, :title, :summary, :description, now())
              """)
          .param("event", event)
          .param("language", language)
          .param("title", title.in(language))
          .param("summary", summary.in(language))
          .param("description", description.in(language))
          .update();
    }
  }

  private long speaker(long event, String name, String organisation, String country, T bio) {
    long id =
        jdbc.sql(
                "insert into event_speaker (event_id, name, organisation, country)"
                    + " values (:e, :n, :o, :c) returning id")
            .param("e", event)
            .param("n", name)
            .param("o", organisation)
            .param("c", country)
            .query(Long.class)
            .single();
    for (String language : LANGUAGES) {
      jdbc.sql("insert into event_speaker_text (speaker_id, language, bio) values (:s, :l, :b)")
          .param("s", id)
          .param("l", language)
          .param("b", bio.in(language))
          .update();
    }
    return id;
  }

  private long session(
      long event, Instant startsAt, Instant endsAt, String kind, String room, T title) {
    long id =
        jdbc.sql(
                "insert into event_session (event_id, starts_at, ends_at, kind, room)"
                    + " values (:e, :s, :t, :k, :r) returning id")
            .param("e", event)
            .param("s", Timestamp.from(startsAt))
            .param("t", Timestamp.from(endsAt))
            .param("k", kind)
            .param("r", room)
            .query(Long.class)
            .single();
    for (String language : LANGUAGES) {
      jdbc.sql(
              "insert into event_session_text (session_id, language, title)"
                  + " values (:s, :l, :t)")
          .param("s", id)
          .param("l", language)
          .param("t", title.in(language))
          .update();
    }
    return id;
  }

  private void talk(long session, int position, T title, long speaker) {
    long id =
        jdbc.sql("insert into event_talk (session_id, position) values (:s, :p) returning id")
            .param("s", session)
            .param("p", position)
            .query(Long.class)
            .single();
    for (String language : LANGUAGES) {
      jdbc.sql("insert into event_talk_text (talk_id, language, title) values (:t, :l, :x)")
          .param("t", id)
          .param("l", language)
          .param("x", title.in(language))
          .update();
    }
    jdbc.sql("insert into event_talk_speaker (talk_id, speaker_id) values (:t, :s)")
        .param("t", id)
        .param("s", speaker)
        .update();
  }

  private void register(long event, String email, String status, Instant at) {
    Optional<Long> account = accountId(email);
    if (account.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            insert into event_registration (event_id, account_id, status, waiting_since, language,
                listed, registered_at, status_changed_at)
            select :event, a.id, :status, :waiting, a.language, :listed, :at, :at
            from account a where a.id = :account
            """)
        .param("event", event)
        .param("account", account.get())
        .param("status", status)
        .param("waiting", "WAITING".equals(status) ? Timestamp.from(at) : null)
        .param("listed", "CONFIRMED".equals(status))
        .param("at", Timestamp.from(at))
        .update();
  }

  private boolean exists(String slug) {
    return jdbc.sql("select count(*) from event_item where slug = :slug")
            .param("slug", slug)
            .query(Integer.class)
            .single()
        > 0;
  }

  private Optional<Long> accountId(String email) {
    return jdbc.sql("select id from account where email = :email")
        .param("email", email)
        .query(Long.class)
        .optional();
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(PANAMA).toInstant();
  }
}
