package org.safeports.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.identity.AccountLookup;
import org.safeports.platform.DemoMode;
import org.safeports.platform.files.FileInspector;
import org.safeports.platform.files.InspectedFile;
import org.safeports.platform.files.UploadRefused;
import org.safeports.platform.security.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The demo library ({@code demo/library/*.md}, in the order of their names): the contingency plans
 * of the four states that answered the TAG's request in 2010 (Costa Rica, El Salvador, Guatemala,
 * Mexico), standards guidance, a survey report, a presentation, a drill report, and a delegate's
 * plan waiting for review. Each file is generated from its text and uploaded through the same
 * checks as anyone's, by the demo account its {@code uploader} names.
 */
@Component
class DemoLibrary {

  private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);

  private final LibraryService library;
  private final LibraryReading reading;
  private final FileInspector inspector;
  private final AccountLookup accounts;
  private final RoleHierarchy roles;
  private final DemoMode demoMode;

  DemoLibrary(
      LibraryService library,
      LibraryReading reading,
      FileInspector inspector,
      AccountLookup accounts,
      RoleHierarchy roles,
      DemoMode demoMode) {
    this.library = library;
    this.reading = reading;
    this.inspector = inspector;
    this.accounts = accounts;
    this.roles = roles;
    this.demoMode = demoMode;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  void load() {
    if (!demoMode.isEnabled() || reading.documentCount() > 0) {
      return;
    }
    Map<String, Optional<Actor>> uploaders = new HashMap<>();
    int loaded = 0;
    for (Resource resource : resources()) {
      DemoDocument document = DemoDocument.parse(read(resource));
      Optional<Actor> uploader = uploaders.computeIfAbsent(document.uploader(), this::actor);
      if (uploader.isEmpty()) {
        log.warn(
            "Demo document {} skipped: no account {}", document.fileName(), document.uploader());
        continue;
      }
      loaded += upload(document, uploader.get()) ? 1 : 0;
    }
    log.info("Loaded {} demo library documents", loaded);
  }

  private boolean upload(DemoDocument document, Actor actor) {
    try {
      InspectedFile file = inspector.inspect(document.fileName(), document.content());
      library.create(document.metadata(), file, actor, true);
      return true;
    } catch (UploadRefused e) {
      log.warn("Demo document {} refused: {}", document.fileName(), e.messageKey());
      return false;
    }
  }

  /** The demo account as it acts when signed in, with the rights its role reaches. */
  private Optional<Actor> actor(String email) {
    return accounts
        .byEmail(email)
        .map(
            account -> {
              var authorities =
                  roles.getReachableGrantedAuthorities(
                      List.of(new SimpleGrantedAuthority(account.role().authority())));
              Viewer viewer =
                  Viewer.of(
                      UsernamePasswordAuthenticationToken.authenticated(email, null, authorities),
                      roles);
              return new Actor(
                  account.id(), account.displayName(), email, account.countryCode(), viewer);
            });
  }

  private static List<Resource> resources() {
    try {
      Resource[] found =
          new PathMatchingResourcePatternResolver().getResources("classpath*:demo/library/*.md");
      return Arrays.stream(found)
          .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
