package org.safeports.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.platform.DemoMode;
import org.safeports.platform.security.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo library: the contingency plans of the four states that answered the TAG's request in
 * 2010 (Costa Rica, El Salvador, Guatemala, Mexico), standards guidance, a survey report, a
 * presentation and a drill report, in several languages and at every access level. The files are
 * generated here and uploaded through the same checks as anyone's.
 */
@Component
class DemoLibrary {

  private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);

  private final LibraryService library;
  private final LibraryStore store;
  private final FileInspector inspector;
  private final JdbcClient jdbc;
  private final DemoMode demoMode;

  DemoLibrary(
      LibraryService library,
      LibraryStore store,
      FileInspector inspector,
      JdbcClient jdbc,
      DemoMode demoMode) {
    this.library = library;
    this.store = store;
    this.inspector = inspector;
    this.jdbc = jdbc;
    this.demoMode = demoMode;
  }

  private record Item(
      String fileName,
      byte[] content,
      DocumentType type,
      String country,
      String port,
      List<Hazard> hazards,
      String language,
      int year,
      AccessLevel level,
      LocalDate reviewed,
      List<Description> descriptions) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  void load() {
    if (!demoMode.isEnabled() || store.count() > 0) {
      return;
    }
    Optional<Actor> editor = actor("editor@demo.safeports.org");
    Optional<Actor> delegate = actor("delegate@demo.safeports.org");
    if (editor.isEmpty()) {
      return;
    }
    int loaded = 0;
    for (Item item : items()) {
      loaded += upload(item, editor.get()) ? 1 : 0;
    }
    if (delegate.isPresent()) {
      loaded += upload(callaoPlan(), delegate.get()) ? 1 : 0;
    }
    log.info("Loaded {} demo library documents", loaded);
  }

  private boolean upload(Item item, Actor actor) {
    try {
      InspectedFile file = inspector.inspect(item.fileName(), item.content());
      library.create(
          new DocumentMetadata(
              item.type(),
              item.country(),
              item.port(),
              item.hazards(),
              item.language(),
              item.year(),
              item.level(),
              item.reviewed(),
              item.descriptions(),
              List.of(),
              null),
          file,
          actor,
          true);
      return true;
    } catch (UploadRefused e) {
      log.warn("Demo document {} refused: {}", item.fileName(), e.messageKey());
      return false;
    }
  }

  private Optional<Actor> actor(String email) {
    return jdbc.sql("select id, display_name, country_code, role from account where email = ?")
        .param(email)
        .query(
            (rs, n) -> {
              String role = rs.getString(4);
              java.util.Set<String> roles =
                  role.equals("EDITOR") || role.equals("ADMIN")
                      ? java.util.Set.of("USER", "ASSOCIATE", "DELEGATE", "PFSO", "EDITOR")
                      : java.util.Set.of("USER", "ASSOCIATE", "DELEGATE");
              return new Actor(
                  rs.getLong(1), rs.getString(2), email, rs.getString(3), new Viewer(email, roles));
            })
        .optional();
  }

  private static Description d(String language, String title, String description) {
    return new Description(language, title, description);
  }

  private Item callaoPlan() {
    return new Item(
        "plan-contingencia-callao.pdf",
        DemoFiles.pdf(
            "Plan de contingencia del Terminal Portuario del Callao",
            List.of(
                "Este plan describe cómo el terminal portuario del Callao mantiene la protección de"
                    + " la instalación y la continuidad de sus operaciones ante un sismo de gran"
                    + " magnitud seguido de un tsunami en la costa central del Perú.",
                "Niveles de alerta: al recibir la alerta de tsunami, el oficial de protección de la"
                    + " instalación portuaria ordena la evacuación de los muelles hacia las zonas"
                    + " altas señaladas y suspende el ingreso de camiones.",
                "Comunicaciones: la capitanía de puerto, la autoridad portuaria nacional y los"
                    + " terminales comparten un canal de radio y una lista de contactos que se"
                    + " verifica cada trimestre.",
                "Después del evento: inspección de muelles y grúas, revisión de accesos y del"
                    + " sistema de videovigilancia antes de reanudar operaciones.")),
        DocumentType.CONTINGENCY_PLAN,
        "PE",
        "Callao",
        List.of(Hazard.EARTHQUAKE, Hazard.TSUNAMI),
        "es",
        2026,
        AccessLevel.DELEGATES,
        LocalDate.of(2026, 10, 1),
        List.of(
            d(
                "es",
                "Plan de contingencia del Terminal Portuario del Callao",
                "Respuesta del terminal ante un sismo y tsunami: alertas, evacuación de muelles,"
                    + " comunicaciones y reanudación de operaciones.")));
  }

  private static List<Item> items() {
    return List.of(
        new Item(
            "plan-contingencia-puertos-limon-moin.pdf",
            DemoFiles.pdf(
                "Plan de contingencia portuaria: terminales de Limón y Moín",
                List.of(
                    "El plan organiza la respuesta de las terminales del Caribe costarricense ante"
                        + " terremotos, tsunamis e inundaciones, que pueden cortar la carretera y"
                        + " el ferrocarril hacia el Valle Central.",
                    "Cada terminal designa un comité de emergencia presidido por el oficial de"
                        + " protección de la instalación portuaria, con suplentes para cada turno.",
                    "Se definen rutas de evacuación hacia puntos altos, la suspensión de maniobras"
                        + " con grúas y un inventario de carga peligrosa disponible para los"
                        + " bomberos en todo momento.",
                    "El plan se ejerce con un simulacro anual conjunto con la comisión nacional de"
                        + " emergencias y los navieros que operan en el puerto.")),
            DocumentType.CONTINGENCY_PLAN,
            "CR",
            "Limón",
            List.of(Hazard.EARTHQUAKE, Hazard.TSUNAMI, Hazard.FLOOD),
            "es",
            2010,
            AccessLevel.PUBLIC,
            LocalDate.of(2026, 3, 16),
            List.of(
                d(
                    "es",
                    "Plan de contingencia portuaria de Limón y Moín",
                    "Organización de la respuesta de las terminales del Caribe de Costa Rica ante"
                        + " terremotos, tsunamis e inundaciones. Uno de los planes que Costa Rica"
                        + " compartió con el TAG en 2010."),
                d(
                    "en",
                    "Port contingency plan for Limón and Moín",
                    "How Costa Rica's Caribbean terminals respond to earthquakes, tsunamis and"
                        + " floods. One of the plans Costa Rica shared with the TAG in 2010."))),
        new Item(
            "plan-emergencia-acajutla.docx",
            DemoFiles.docx(
                "Plan de emergencia del Puerto de Acajutla",
                List.of(
                    "El Puerto de Acajutla, en la costa del Pacífico salvadoreño, prepara su"
                        + " respuesta ante sismos, tsunamis y huracanes que afectan la región.",
                    "El plan asigna funciones al centro de operaciones de emergencia del puerto,"
                        + " que coordina con la protección civil y con la autoridad marítima.",
                    "Incluye listas de verificación para el cierre del puerto, la protección de"
                        + " la carga y la comunicación con los buques fondeados.")),
            DocumentType.EMERGENCY_OPERATIONS_PLAN,
            "SV",
            "Acajutla",
            List.of(Hazard.EARTHQUAKE, Hazard.TSUNAMI, Hazard.HURRICANE),
            "es",
            2010,
            AccessLevel.MEMBERS,
            LocalDate.of(2024, 5, 20),
            List.of(
                d(
                    "es",
                    "Plan de emergencia del Puerto de Acajutla",
                    "Centro de operaciones de emergencia, cierre del puerto y comunicación con los"
                        + " buques ante sismos, tsunamis y huracanes."),
                d(
                    "en",
                    "Emergency plan of the Port of Acajutla",
                    "The port's emergency operations centre, closure of the port and contact with"
                        + " ships at anchor when earthquakes, tsunamis or hurricanes strike."))),
        new Item(
            "plan-contingencia-puerto-quetzal.pdf",
            DemoFiles.pdf(
                "Plan de contingencia de Puerto Quetzal ante huracanes e inundaciones",
                List.of(
                    "Guatemala tiene puertos en dos océanos. Este plan cubre Puerto Quetzal, en el"
                        + " Pacífico, frente a huracanes y a las inundaciones que provocan las"
                        + " lluvias intensas.",
                    "Fases: vigilancia desde 72 horas antes de la llegada prevista de un huracán,"
                        + " alerta a 36 horas, cierre del puerto y salida de buques, y"
                        + " recuperación.",
                    "La instalación revisa el drenaje de los patios de contenedores y el"
                        + " amarre de grúas al comienzo de cada temporada de lluvias.")),
            DocumentType.CONTINGENCY_PLAN,
            "GT",
            "Puerto Quetzal",
            List.of(Hazard.HURRICANE, Hazard.FLOOD),
            "es",
            2010,
            AccessLevel.PUBLIC,
            LocalDate.of(2025, 8, 4),
            List.of(
                d(
                    "es",
                    "Plan de contingencia de Puerto Quetzal",
                    "Fases de vigilancia, alerta, cierre y recuperación ante huracanes e"
                        + " inundaciones en el puerto guatemalteco del Pacífico."),
                d(
                    "fr",
                    "Plan d'urgence de Puerto Quetzal",
                    "Veille, alerte, fermeture et reprise face aux ouragans et aux inondations"
                        + " dans le port guatémaltèque du Pacifique."))),
        new Item(
            "plan-contingencia-manzanillo.odt",
            DemoFiles.odt(
                "Plan de contingencia del puerto de Manzanillo",
                List.of(
                    "El puerto de Manzanillo, en el Pacífico mexicano, integra en un solo plan la"
                        + " respuesta a huracanes, sismos y a incidentes de protección.",
                    "Ante un incidente de protección, el oficial de protección de la instalación"
                        + " portuaria eleva el nivel de protección y avisa a la autoridad"
                        + " designada y a la capitanía de puerto.",
                    "Los simulacros se realizan dos veces al año, uno de ellos con buques en"
                        + " muelle y participación de la marina.")),
            DocumentType.CONTINGENCY_PLAN,
            "MX",
            "Manzanillo",
            List.of(Hazard.HURRICANE, Hazard.EARTHQUAKE, Hazard.SECURITY_INCIDENT),
            "es",
            2010,
            AccessLevel.DELEGATES,
            LocalDate.of(2026, 6, 30),
            List.of(
                d(
                    "es",
                    "Plan de contingencia del puerto de Manzanillo",
                    "Respuesta a huracanes, sismos e incidentes de protección en el principal"
                        + " puerto mexicano del Pacífico."),
                d(
                    "en",
                    "Contingency plan of the Port of Manzanillo",
                    "Response to hurricanes, earthquakes and security incidents at Mexico's main"
                        + " Pacific port."))),
        new Item(
            "iso-28000-guidance-for-ports.pdf",
            DemoFiles.pdf(
                "Supply chain security management for ports: an introduction to ISO 28000",
                List.of(
                    "ISO 28000 sets out what a security management system for the supply chain"
                        + " has to contain: a policy, a risk assessment, objectives, controls and"
                        + " a cycle of review and improvement.",
                    "For a port, the standard complements the ISPS Code: the Code sets minimum"
                        + " measures for ships and port facilities, while ISO 28000 asks how the"
                        + " organisation manages security risks across its operations.",
                    "Certification is voluntary. Ports that seek it usually start from the"
                        + " assessments and plans they already keep for the ISPS Code.")),
            DocumentType.STANDARD_GUIDANCE,
            null,
            null,
            List.of(Hazard.SECURITY_INCIDENT),
            "en",
            2010,
            AccessLevel.PUBLIC,
            null,
            List.of(
                d(
                    "en",
                    "ISO 28000 for ports: an introduction",
                    "What the ISO 28000 series asks of a security management system and how it"
                        + " sits beside the ISPS Code."),
                d(
                    "es",
                    "ISO 28000 para puertos: una introducción",
                    "Lo que la serie ISO 28000 pide a un sistema de gestión de la seguridad y su"
                        + " relación con el Código PBIP."),
                d(
                    "pt",
                    "ISO 28000 para portos: uma introdução",
                    "O que a série ISO 28000 exige de um sistema de gestão de segurança e como se"
                        + " relaciona com o Código ISPS."))),
        new Item(
            "ilo-guidelines-safety-security-ports.docx",
            DemoFiles.docx(
                "Safety and security in ports: notes on the ILO guidelines",
                List.of(
                    "The International Labour Organization's code of practice on security in"
                        + " ports asks port authorities to assess threats and to involve workers"
                        + " and their representatives in security measures.",
                    "It covers access control, identification of workers, training and the"
                        + " handling of security incidents, and it reminds employers that"
                        + " security measures must respect workers' rights.",
                    "These notes summarise the guidelines for port facility security officers.")),
            DocumentType.STANDARD_GUIDANCE,
            null,
            null,
            List.of(Hazard.SECURITY_INCIDENT),
            "en",
            2011,
            AccessLevel.PUBLIC,
            null,
            List.of(
                d(
                    "en",
                    "Safety and security in ports: the ILO guidelines",
                    "A summary of the International Labour Organization's code of practice for"
                        + " port security officers and port authorities."),
                d(
                    "fr",
                    "Sûreté et sécurité dans les ports : les directives de l'OIT",
                    "Résumé du recueil de directives pratiques de l'Organisation internationale"
                        + " du Travail sur la sûreté dans les ports."))),
        new Item(
            "survey-iso-28000-voluntary-standards.xlsx",
            DemoFiles.xlsx(
                "Responses",
                List.of(
                    List.of("Member state", "Answered", "Uses ISO 28000", "Other standards"),
                    List.of("Canada", "Yes", "Under study", "ISPS Code, national regulations"),
                    List.of("Costa Rica", "Yes", "No", "ISPS Code, BASC"),
                    List.of("Panama", "Yes", "In some terminals", "ISPS Code, BASC, ISO 9001"),
                    List.of("Peru", "Yes", "No", "ISPS Code, BASC"))),
            DocumentType.SURVEY_REPORT,
            null,
            null,
            List.of(),
            "en",
            2011,
            AccessLevel.MEMBERS,
            null,
            List.of(
                d(
                    "en",
                    "Survey on ISO 28000 and voluntary standards in ports: responses",
                    "The answers to the survey the TAG sent in December 2010 and again after the"
                        + " New Year. Canada, Costa Rica, Panama and Peru responded."),
                d(
                    "es",
                    "Encuesta sobre ISO 28000 y normas voluntarias en los puertos: respuestas",
                    "Respuestas a la encuesta que el TAG envió en diciembre de 2010 y de nuevo a"
                        + " comienzos de 2011. Respondieron Canadá, Costa Rica, Panamá y Perú."))),
        new Item(
            "reopening-port-au-prince-2010.pptx",
            DemoFiles.pptx(
                List.of(
                    List.of(
                        "Reopening the port of Port-au-Prince after the 2010 earthquake",
                        "A presentation to the TAG on port security"),
                    List.of(
                        "The damage",
                        "The main pier collapsed and the cranes were lost.",
                        "Relief cargo had to reach the city at once."),
                    List.of(
                        "What worked",
                        "Barges and landing craft moved containers ashore.",
                        "A temporary security perimeter and access control were set up.",
                        "Daily coordination with the authorities and relief agencies."))),
            DocumentType.PRESENTATION,
            "HT",
            "Port-au-Prince",
            List.of(Hazard.EARTHQUAKE),
            "en",
            2010,
            AccessLevel.PUBLIC,
            null,
            List.of(
                d(
                    "en",
                    "Reopening Port-au-Prince after the 2010 earthquake",
                    "A shipping company's account, presented at the TAG meeting, of how the port"
                        + " was brought back into service after the earthquake."),
                d(
                    "fr",
                    "La réouverture du port de Port-au-Prince après le séisme de 2010",
                    "Le récit d'une compagnie maritime, présenté au TAG, sur la remise en service"
                        + " du port après le séisme."))),
        new Item(
            "relatorio-exercicio-protecao-santos.pdf",
            DemoFiles.pdf(
                "Relatório do exercício de proteção portuária: terminal de contêineres",
                List.of(
                    "O exercício simulou a tentativa de entrada de uma pessoa não autorizada"
                        + " num terminal de contêineres durante a troca de turno.",
                    "O controle de acesso detectou o crachá inválido em menos de dois minutos,"
                        + " mas o aviso ao centro de controle demorou mais do que o previsto.",
                    "Recomendações: revisar a lista de contatos, treinar os vigilantes novos e"
                        + " repetir o exercício em seis meses.")),
            DocumentType.DRILL_REPORT,
            "BR",
            "Santos",
            List.of(Hazard.SECURITY_INCIDENT),
            "pt",
            2026,
            AccessLevel.PFSOS,
            null,
            List.of(
                d(
                    "pt",
                    "Relatório de exercício de proteção: terminal de contêineres em Santos",
                    "Resultados e recomendações de um exercício de controle de acesso durante a"
                        + " troca de turno."),
                d(
                    "en",
                    "Security drill report: container terminal in Santos",
                    "Findings and recommendations of an access-control drill held at a shift"
                        + " change."))),
        new Item(
            "guide-cyberincidents-ports.pdf",
            DemoFiles.pdf(
                "Guide de réponse aux cyberincidents dans les installations portuaires",
                List.of(
                    "Les systèmes d'exploitation des terminaux, le contrôle d'accès et la"
                        + " vidéosurveillance dépendent de réseaux informatiques.",
                    "Le guide propose une liste de vérification : isoler le système touché,"
                        + " prévenir l'agent de sûreté de l'installation portuaire, conserver les"
                        + " journaux et passer aux procédures manuelles.",
                    "Il recommande un exercice annuel qui associe l'équipe informatique et"
                        + " l'équipe de sûreté.")),
            DocumentType.STANDARD_GUIDANCE,
            null,
            null,
            List.of(Hazard.CYBER_INCIDENT),
            "fr",
            2025,
            AccessLevel.MEMBERS,
            null,
            List.of(
                d(
                    "fr",
                    "Guide de réponse aux cyberincidents portuaires",
                    "Que faire quand un système du terminal est attaqué : isoler, prévenir,"
                        + " conserver les traces, passer en mode manuel."),
                d(
                    "en",
                    "Responding to cyber incidents in port facilities",
                    "What to do when a terminal system is attacked: isolate, report, keep the"
                        + " logs, switch to manual procedures."),
                d(
                    "es",
                    "Respuesta a ciberincidentes en instalaciones portuarias",
                    "Qué hacer cuando se ataca un sistema de la terminal: aislar, avisar,"
                        + " conservar los registros y pasar a procedimientos manuales."))));
  }
}
