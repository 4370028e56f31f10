package org.safeports.library;

import java.util.List;
import java.util.Set;
import org.safeports.identity.TestAccounts;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.platform.files.FileInspector;
import org.safeports.platform.files.InspectedFile;
import org.safeports.platform.files.UploadRefused;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;
import org.springframework.stereotype.Component;

/** Library documents made for a test, through the service and the real file checks. */
@Component
public class TestLibrary {

  private final LibraryService library;
  private final FileInspector inspector;
  private final TestAccounts accounts;

  TestLibrary(LibraryService library, FileInspector inspector, TestAccounts accounts) {
    this.library = library;
    this.inspector = inspector;
    this.accounts = accounts;
  }

  /** A published PDF at a level (PUBLIC, MEMBERS, DELEGATES, PFSOS) whose text holds the words. */
  public long published(String level, String country, String title, String words) {
    return create(editor(), level, country, null, "STANDARD_GUIDANCE", title, words, true);
  }

  /** A published public PDF about a port of a country. */
  public long publishedAtPort(String country, String port, String title, String words) {
    return create(editor(), "PUBLIC", country, port, "STANDARD_GUIDANCE", title, words, true);
  }

  /** A published contingency plan of a country, readable at the level given. */
  public long publishedPlan(String level, String country, String title) {
    return create(editor(), level, country, null, "CONTINGENCY_PLAN", title, "Plan words.", true);
  }

  /** Withdraws a document, as an editor does from its screen. */
  public void withdraw(long id) {
    library.withdraw(id, editor());
  }

  /** A contingency plan a delegate of the country uploaded, waiting for an editor. */
  public long pendingPlan(String country, String title, String words) {
    long id = accounts.create(TestAccounts.freshEmail("plan-delegate"), PortalRole.DELEGATE);
    Actor delegate =
        new Actor(
            id,
            "Plan Delegate",
            "delegate@example.org",
            country,
            new Viewer("d", Set.of("USER", "ASSOCIATE", "DELEGATE")));
    return create(delegate, "DELEGATES", country, null, "CONTINGENCY_PLAN", title, words, false);
  }

  private Actor editor() {
    long id = accounts.create(TestAccounts.freshEmail("library-editor"), PortalRole.EDITOR);
    return new Actor(
        id,
        "Library Editor",
        "editor@example.org",
        null,
        new Viewer("e", Set.of("USER", "ASSOCIATE", "DELEGATE", "PFSO", "EDITOR")));
  }

  private long create(
      Actor actor,
      String level,
      String country,
      String port,
      String type,
      String title,
      String words,
      boolean publish) {
    try {
      InspectedFile file = inspector.inspect("test.pdf", DemoFiles.pdf(title, List.of(words)));
      return library.create(
          new DocumentMetadata(
              DocumentType.valueOf(type),
              country,
              port,
              List.of(Hazard.OTHER),
              "en",
              2026,
              AccessLevel.valueOf(level),
              null,
              List.of(new Description("en", title, "About " + title)),
              List.of(),
              null),
          file,
          actor,
          publish);
    } catch (UploadRefused e) {
      throw new IllegalStateException(e.messageKey());
    }
  }
}
