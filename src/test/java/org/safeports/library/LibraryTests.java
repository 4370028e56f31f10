package org.safeports.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The library end to end over HTTP: uploads, review, search, levels, downloads, the log. */
@PortalTest
class LibraryTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestLibrary library;
  @Autowired JdbcClient jdbc;
  @Autowired LibrarySearch store;

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static Map<String, String> fields(String title, String... more) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("type", "STANDARD_GUIDANCE");
    fields.put("language", "en");
    fields.put("year", "2026");
    fields.put("accessLevel", "PUBLIC");
    fields.put("titleEn", title);
    fields.put("descriptionEn", "What the document is about.");
    fields.put("hazards", "HURRICANE\u0000FLOOD");
    for (int i = 0; i < more.length; i += 2) {
      fields.put(more[i], more[i + 1]);
    }
    return fields;
  }

  long id(Response response) {
    String path = response.redirectPath();
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  Map<String, Long> rows() {
    return Map.of(
        "documents", count("library_document"),
        "versions", count("library_version"),
        "files", count("library_file"),
        "chunks", count("library_file_chunk"));
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void anEditorUploadsAndAVisitorFindsAWordInsideTheFileAndDownloadsIt() {
    PortalClient editor = signedIn(PortalRole.EDITOR);
    String word = word();
    byte[] pdf = DemoFiles.pdf("Mooring lines", List.of("Check the " + word + " before a storm."));
    Response created =
        editor.upload(
            "/admin/library/new",
            fields("Mooring lines in storms"),
            "file",
            "../Mooring lines.pdf",
            "application/octet-stream",
            pdf);
    assertThat(created.isRedirectTo("/admin/library/")).as(created.body()).isTrue();
    long id = id(created);

    PortalClient visitor = new PortalClient(port);
    Response found = visitor.get("/library?q=" + word);
    assertThat(found.body())
        .contains("Mooring lines in storms")
        .contains("<mark>" + word + "</mark>");
    assertThat(visitor.get("/library?hazard=FLOOD&type=STANDARD_GUIDANCE&q=" + word).body())
        .contains("Mooring lines in storms");
    assertThat(visitor.get("/library?hazard=EARTHQUAKE&q=" + word).body())
        .doesNotContain("Mooring lines in storms");

    PortalClient.Download file = visitor.download("/library/" + id + "/download");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("Mooring lines.pdf")
        .doesNotContain("..");
    assertThat(file.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("sandbox");
  }

  @Test
  void aRefusedFileKeepsWhatWasTypedAndLeavesNoRows() {
    PortalClient editor = signedIn(PortalRole.EDITOR).language("es");
    Map<String, Long> before = rows();
    Response refused =
        editor.upload(
            "/admin/library/new",
            fields("Título que no se pierde", "port", "Puerto Cortés"),
            "file",
            "informe.pdf",
            "application/pdf",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(200);
    var page = org.jsoup.Jsoup.parse(refused.body());
    assertThat(page.select("#titleEn").val()).isEqualTo("Título que no se pierde");
    assertThat(page.select("#port").val()).isEqualTo("Puerto Cortés");
    assertThat(page.select("input[name=hazards][value=HURRICANE]").hasAttr("checked")).isTrue();
    assertThat(page.select("#file-error").text()).contains("no es un archivo PDF");
    assertThat(rows()).isEqualTo(before);

    Response bomb =
        editor.upload(
            "/admin/library/new",
            fields("Otro título"),
            "file",
            "bomb.docx",
            "application/octet-stream",
            zipBomb());
    var bombPage = org.jsoup.Jsoup.parse(bomb.body());
    assertThat(bombPage.select("#titleEn").val()).isEqualTo("Otro título");
    assertThat(bombPage.select("#file-error").text()).contains("expande");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aPdfWithAScriptIsRefusedNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
    PortalClient editor = signedIn(PortalRole.EDITOR).language("es");
    Map<String, Long> before = rows();
    byte[] scripted =
        UploadCorpusTest.changed(
            DemoFiles.pdf("Plan", List.of("Muelle norte.")),
            pdf ->
                pdf.getDocumentCatalog()
                    .setOpenAction(
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(
                            "app.alert(1)")));
    Response refused =
        editor.upload(
            "/admin/library/new",
            fields("Plan con guion"),
            "file",
            "plan.pdf",
            "application/pdf",
            scripted);
    assertThat(refused.status()).isEqualTo(200);
    var page = org.jsoup.Jsoup.parse(refused.body());
    assertThat(page.select("#titleEn").val()).isEqualTo("Plan con guion");
    assertThat(page.select("#file-error").text())
        .contains("No se aceptó este archivo")
        .contains("contiene JavaScript");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void anUploadThatFailsHalfWayLeavesNeitherFileNorRow() {
    PortalClient editor = signedIn(PortalRole.EDITOR);
    Map<String, Long> before = rows();
    // The database refuses the version row, after the file's chunks were written.
    jdbc.sql(
            """
            create or replace function library_test_fail() returns trigger language plpgsql as $$
            begin
              if new.file_name like 'fail-half-way%' then
                raise exception 'failing on purpose';
              end if;
              return new;
            end $$;
            create trigger library_test_fail before insert on library_version
              for each row execute function library_test_fail();
            """)
        .update();
    try {
      Response failed =
          editor.upload(
              "/admin/library/new",
              fields("Half way"),
              "file",
              "fail-half-way.pdf",
              "application/pdf",
              DemoFiles.pdf("Half way", List.of("x".repeat(10))));
      assertThat(failed.status()).isEqualTo(500);
    } finally {
      jdbc.sql("drop trigger library_test_fail on library_version").update();
    }
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void wordsOfARestrictedFileAreSearchedOnlyByThoseWhoMayReadIt() {
    String word = word();
    long id =
        library.published("DELEGATES", "CR", "Berth security roster", "The " + word + " roster.");
    PortalClient visitor = new PortalClient(port);
    PortalClient associate = signedIn(PortalRole.ASSOCIATE);
    PortalClient delegate = signedIn(PortalRole.DELEGATE);

    assertThat(visitor.get("/library?q=" + word).body()).doesNotContain("Berth security roster");
    assertThat(associate.get("/library?q=" + word).body()).doesNotContain("Berth security roster");
    assertThat(delegate.get("/library?q=" + word).body())
        .contains("Berth security roster")
        .contains("<mark>" + word + "</mark>");
    // Its title and description are public: found by them, listed as restricted, without text.
    Response byTitle = visitor.get("/library?q=berth+roster");
    assertThat(byTitle.body()).contains("Berth security roster").contains("Delegates only");
    assertThat(byTitle.body()).doesNotContain(word);
    Response page = visitor.get("/library/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("/library/" + id + "/download");
  }

  @Test
  void aSearchRanksItsFirstCutAndListsTheOtherMatchesByDateAndCountsThemAll() {
    String word = word();
    StringBuilder filler = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      filler.append(" filler").append((char) ('a' + i % 26)).append((char) ('a' + i / 26));
    }
    // Oldest first: a short text that says the word three times, a title match, two long texts.
    long dense = library.published("PUBLIC", "CR", "Dense notes", word + " " + word + " " + word);
    long titled = library.published("PUBLIC", "CR", "Guide to " + word, "Notes.");
    long older = library.published("PUBLIC", "CR", "Long notes", word + filler);
    long newest = library.published("PUBLIC", "CR", "Longer notes", word + filler);
    PortalClient visitor = new PortalClient(port);

    // Everything ranked: the title match, then the text that says the word most, then by date.
    assertThat(order(visitor.get("/library?q=" + word).body(), dense, titled, older, newest))
        .containsExactly(titled, dense, newest, older);
    // A first cut of two ranks the title match and the newest; the rest follow by date, and the
    // count still holds every match.
    store.rankedMatches(2);
    try {
      String body = visitor.get("/library?q=" + word).body();
      assertThat(order(body, dense, titled, older, newest))
          .containsExactly(titled, newest, older, dense);
      assertThat(body).contains("4 documents");
    } finally {
      store.rankedMatches(LibrarySearch.RANKED_MATCHES);
    }
  }

  @Test
  void theFilterOffersTheChosenCountrysPortsAndANewPortAtOnce() {
    PortalClient visitor = new PortalClient(port);
    String caribbean = "Port " + word();
    String pacific = "Port " + word();
    library.publishedAtPort("CR", caribbean, "Caribbean port notes", "Notes.");
    assertThat(visitor.get("/library").body()).contains(">" + caribbean + "</option>");
    library.publishedAtPort("PE", pacific, "Pacific port notes", "Notes.");

    assertThat(visitor.get("/library").body())
        .contains(">" + caribbean + "</option>")
        .contains(">" + pacific + "</option>");
    assertThat(visitor.get("/library?country=PE").body())
        .contains(">" + pacific + "</option>")
        .doesNotContain(">" + caribbean + "</option>");
    // A chosen port stays offered, whatever the country.
    assertThat(visitor.get("/library?country=PE&port=" + caribbean.replace(' ', '+')).body())
        .contains(">" + caribbean + "</option>");
  }

  /** The documents in the order the page lists them. */
  static List<Long> order(String body, long... ids) {
    return java.util.Arrays.stream(ids)
        .boxed()
        .filter(id -> body.contains("href=\"/library/" + id + "\""))
        .sorted(
            java.util.Comparator.comparingInt(id -> body.indexOf("href=\"/library/" + id + "\"")))
        .toList();
  }

  @Test
  void restrictedDownloadsAreRecordedForEditors() {
    long id = library.published("MEMBERS", null, "Members circular", "Text.");
    String email = TestAccounts.freshEmail("downloader");
    accounts.create(email, PortalRole.ASSOCIATE);
    PortalClient associate = new PortalClient(port);
    associate.signIn(email, TestAccounts.PASSWORD);
    assertThat(associate.download("/library/" + id + "/download").status()).isEqualTo(200);
    assertThat(associate.download("/library/" + id + "/versions/1/download").status())
        .isEqualTo(200);

    PortalClient editor = signedIn(PortalRole.EDITOR);
    Response log = editor.get("/admin/library/downloads?document=" + id);
    assertThat(log.body()).contains(email).contains("Members circular");
    assertThat(
            jdbc.sql("select count(*) from library_download where document_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aDelegateUploadsAPlanForTheirCountryOnlyAndAnEditorPublishesIt() {
    PortalClient delegate = signedIn(PortalRole.DELEGATE);
    String word = word();
    Response sent =
        delegate.upload(
            "/library/country/new",
            fields(
                "Callao flood plan " + word,
                "type",
                "STANDARD_GUIDANCE",
                "country",
                "MX",
                "accessLevel",
                "PUBLIC",
                "lastReviewed",
                "2023-01-10"),
            "file",
            "callao.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DemoFiles.docx("Callao", List.of("Sandbags at gate " + word)));
    assertThat(sent.isRedirectTo("/library/country/")).as(sent.body()).isTrue();
    long id = id(sent);
    var stored =
        jdbc.sql("select doc_type, country_code, status from library_document where id = ?")
            .param(id)
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
            .single();
    assertThat(stored).containsExactly("CONTINGENCY_PLAN", "PE", "PENDING");

    PortalClient visitor = new PortalClient(port);
    assertThat(visitor.get("/library/" + id).status()).isEqualTo(404);
    assertThat(visitor.get("/library?q=" + word).body()).doesNotContain("Callao flood plan");
    assertThat(delegate.get("/library/country").body())
        .contains("Callao flood plan")
        .contains("Review overdue");

    PortalClient editor = signedIn(PortalRole.EDITOR);
    assertThat(editor.get("/admin/library?status=PENDING").body()).contains("Callao flood plan");
    assertThat(editor.get("/admin/library?overdue=true").body()).contains("Callao flood plan");
    assertThat(editor.post("/admin/library/" + id + "/approve").isRedirectTo("/admin/library/"))
        .isTrue();

    assertThat(visitor.get("/library?q=" + word).body()).contains("Callao flood plan");
    assertThat(visitor.get("/library/" + id).body()).contains("more than a year ago");
    assertThat(
            delegate.post("/library/country/" + id + "/reviewed").isRedirectTo("/library/country/"))
        .isTrue();
    assertThat(visitor.get("/library/" + id).body()).doesNotContain("more than a year ago");
  }

  @Test
  void aDelegatesNewVersionOfAPublishedPlanWaitsAndTheOldOneStaysReachable() {
    PortalClient delegate = signedIn(PortalRole.DELEGATE);
    String first = word();
    String second = word();
    Response sent =
        delegate.upload(
            "/library/country/new",
            fields("Chimbote plan"),
            "file",
            "v1.pdf",
            "application/pdf",
            DemoFiles.pdf("v1", List.of(first)));
    long id = id(sent);
    PortalClient editor = signedIn(PortalRole.EDITOR);
    editor.post("/admin/library/" + id + "/approve");

    delegate.upload(
        "/library/country/" + id + "/versions",
        Map.of("versionNote", "Updated contacts"),
        "file",
        "v2.pdf",
        "application/pdf",
        DemoFiles.pdf("v2", List.of(second)));
    PortalClient visitor = new PortalClient(port);
    assertThat(visitor.get("/library?q=" + second).body()).doesNotContain("Chimbote plan");
    assertThat(visitor.download("/library/" + id + "/versions/2/download").status()).isEqualTo(404);

    editor.post("/admin/library/" + id + "/approve");
    assertThat(visitor.get("/library?q=" + second).body()).contains("Chimbote plan");
    assertThat(visitor.get("/library?q=" + first).body()).doesNotContain("Chimbote plan");
    Response page = visitor.get("/library/" + id);
    assertThat(page.body()).contains("Updated contacts").contains("/versions/1/download");
    assertThat(visitor.download("/library/" + id + "/versions/1/download").status()).isEqualTo(200);
  }

  @Test
  void anotherCountrysPlanIsNotFoundForADelegate() {
    long mexican = library.pendingPlan("MX", "Veracruz plan", "Text.");
    PortalClient peruvian = signedIn(PortalRole.DELEGATE);
    assertThat(peruvian.get("/library/country/" + mexican).status()).isEqualTo(404);
    assertThat(peruvian.get("/library/" + mexican).status()).isEqualTo(404);
    assertThat(peruvian.download("/library/" + mexican + "/download").status()).isEqualTo(404);
    assertThat(peruvian.post("/library/country/" + mexican + "/reviewed").status()).isEqualTo(404);
    assertThat(peruvian.get("/library/country").body()).doesNotContain("Veracruz plan");
  }

  @Test
  void theLibraryPagesCostTheSameStatementsWithMoreDocuments() {
    long id = library.published("PUBLIC", "CR", "Counted guidance", "Counted words here.");
    Map<String, Long> before = measure(id);
    for (int i = 0; i < 25; i++) {
      library.published(
          i % 2 == 0 ? "PUBLIC" : "MEMBERS", "CR", "More guidance " + i, "Counted words " + i);
    }
    Map<String, Long> after = measure(id);
    assertThat(after).isEqualTo(before);
    before.forEach((page, statements) -> assertThat(statements).as(page).isLessThanOrEqualTo(10));
  }

  private Map<String, Long> measure(long id) {
    PortalClient visitor = new PortalClient(port).language("es");
    visitor.get("/library");
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String path :
        new String[] {
          "/library",
          "/library?page=1",
          "/library?country=CR&hazard=OTHER",
          "/library?q=counted+words",
          "/library?q=counted&country=CR&sort=title",
          "/library/" + id
        }) {
      long start = QueryCounter.statements();
      int status = visitor.get(path).status();
      counts.put(path + " " + status, QueryCounter.statements() - start);
    }
    return counts;
  }

  static byte[] zipBomb() {
    try {
      Map<String, byte[]> parts = UploadCorpusTest.parts(DemoFiles.docx("Bomb", List.of("boom")));
      parts.put("word/media/zeros.bin", new byte[300 * 1024 * 1024]);
      return UploadCorpusTest.zip(parts);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
