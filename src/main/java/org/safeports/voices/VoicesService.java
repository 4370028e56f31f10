package org.safeports.voices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.media.WebImages;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.text.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every change to a piece, checked against {@link PieceStatus#allows} for the person making it,
 * recorded as a step, and told to the author by an event where they should hear of it.
 */
@Service
@Transactional
class VoicesService {

  static final int IMAGE_WIDTH = 1200;
  static final int PHOTO_WIDTH = 400;

  private final PieceRepository pieces;
  private final PieceTranslationRepository translations;
  private final PieceStepRepository steps;
  private final PieceImageRepository images;
  private final MarkdownRenderer markdown;
  private final WebImages webImages;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AuditLog audit;
  private final PieceLeadImages leadImages;

  VoicesService(
      PieceRepository pieces,
      PieceTranslationRepository translations,
      PieceStepRepository steps,
      PieceImageRepository images,
      MarkdownRenderer markdown,
      WebImages webImages,
      ApplicationEventPublisher events,
      Clock clock,
      AuditLog audit,
      PieceLeadImages leadImages) {
    this.pieces = pieces;
    this.translations = translations;
    this.steps = steps;
    this.images = images;
    this.markdown = markdown;
    this.webImages = webImages;
    this.events = events;
    this.clock = clock;
    this.audit = audit;
    this.leadImages = leadImages;
  }

  // --- the author -------------------------------------------------------------------------------

  long create(long authorAccountId, PieceForm form, String actorName) {
    Piece piece = new Piece(authorAccountId, uniqueSlug(form.title()));
    piece.write(form, markdown.render(form.body()).html());
    pieces.save(piece);
    step(piece, actorName, "CREATED", null);
    return piece.id();
  }

  void saveByAuthor(long pieceId, long authorAccountId, PieceForm form) {
    Piece piece = ownPiece(pieceId, authorAccountId);
    require(piece, PieceStatus.Actor.AUTHOR, PieceStatus.Action.EDIT);
    if (!Objects.equals(form.version(), piece.version())) {
      throw new ConcurrentPieceEditException();
    }
    piece.write(form, markdown.render(form.body()).html());
  }

  void actAsAuthor(
      long pieceId, long authorAccountId, PieceStatus.Action action, String actorName) {
    Piece piece = ownPiece(pieceId, authorAccountId);
    require(piece, PieceStatus.Actor.AUTHOR, action);
    piece.move(action, null, null, clock.instant());
    step(piece, actorName, action.name(), null);
    if (action == PieceStatus.Action.SUBMIT) {
      events.publishEvent(new PieceSubmitted(piece.id(), piece.title()));
    }
  }

  void uploadImage(long pieceId, long authorAccountId, PieceImage.Kind kind, MultipartFile file) {
    Piece piece = ownPiece(pieceId, authorAccountId);
    require(piece, PieceStatus.Actor.AUTHOR, PieceStatus.Action.EDIT);
    store(pieceId, kind, file);
  }

  /** The author's lead image words (in the piece's language), or no lead image at all. */
  void leadImageWordsByAuthor(long pieceId, long authorAccountId, PieceLeadImages.Words words) {
    require(ownPiece(pieceId, authorAccountId), PieceStatus.Actor.AUTHOR, PieceStatus.Action.EDIT);
    leadImages.saveWords(pieceId, words.credit(), words.decorative(), words.texts());
  }

  void removeLeadImageByAuthor(long pieceId, long authorAccountId) {
    require(ownPiece(pieceId, authorAccountId), PieceStatus.Actor.AUTHOR, PieceStatus.Action.EDIT);
    leadImages.remove(pieceId);
  }

  /** An editor gives a piece before them a lead image, or changes its words in any language. */
  void leadImageByEditor(long pieceId, MultipartFile file, PieceLeadImages.Words words) {
    Piece piece = forEditors(pieceId);
    require(piece, PieceStatus.Actor.EDITOR, PieceStatus.Action.EDIT);
    if (file != null && !file.isEmpty()) {
      store(pieceId, PieceImage.Kind.PIECE, file);
    }
    if (words != null) {
      leadImages.saveWords(pieceId, words.credit(), words.decorative(), words.texts());
    }
    events.publishEvent(new PieceChanged(pieceId));
  }

  void removeLeadImageByEditor(long pieceId) {
    require(forEditors(pieceId), PieceStatus.Actor.EDITOR, PieceStatus.Action.EDIT);
    leadImages.remove(pieceId);
    events.publishEvent(new PieceChanged(pieceId));
  }

  private void store(long pieceId, PieceImage.Kind kind, MultipartFile file) {
    WebImages.WebImage image =
        webImages.process(file, kind == PieceImage.Kind.PHOTO ? PHOTO_WIDTH : IMAGE_WIDTH);
    PieceImage stored =
        images.findByPieceIdAndKind(pieceId, kind).orElseGet(() -> new PieceImage(pieceId, kind));
    stored.replace(
        image.fileName(), image.contentType(), image.width(), image.height(), image.bytes());
    images.save(stored);
    if (kind == PieceImage.Kind.PIECE) {
      images.flush();
      leadImages.replaceVariants(pieceId, image.bytes());
    }
  }

  // --- the editors -------------------------------------------------------------------------------

  void review(
      long pieceId,
      PieceStatus.Action action,
      String comment,
      Instant publishAt,
      String editorName) {
    Piece piece = pieces.findById(pieceId).orElseThrow(NotFoundException::new);
    require(piece, PieceStatus.Actor.EDITOR, action);
    PieceStatus before = piece.status();
    piece.move(action, comment, publishAt, clock.instant());
    step(piece, editorName, action.name(), comment);
    recordDecision(piece, action, before, comment);
    String tell =
        switch (action) {
          case REQUEST_CHANGES -> "changesRequested";
          case ACCEPT -> "accepted";
          case DECLINE -> "declined";
          case PUBLISH -> "published";
          case COMMENT -> "commented";
          default -> null;
        };
    if (tell != null) {
      events.publishEvent(
          new PieceReviewed(
              piece.authorAccountId(), piece.title(), tell, comment, "/voices/mine/" + piece.id()));
    }
    events.publishEvent(new PieceChanged(piece.id()));
  }

  void editByEditor(
      long pieceId, String title, String summary, String body, long version, String editorName) {
    Piece piece = pieces.findById(pieceId).orElseThrow(NotFoundException::new);
    require(piece, PieceStatus.Actor.EDITOR, PieceStatus.Action.EDIT);
    if (piece.version() != version) {
      throw new ConcurrentPieceEditException();
    }
    piece.editByEditor(title, summary, body, markdown.render(body).html());
    step(piece, editorName, "EDITED", null);
    events.publishEvent(
        new PieceReviewed(
            piece.authorAccountId(), piece.title(), "edited", null, "/voices/mine/" + piece.id()));
    events.publishEvent(new PieceChanged(piece.id()));
  }

  void translate(
      long pieceId, String language, String title, String summary, String body, boolean publish) {
    Piece piece = pieces.findById(pieceId).orElseThrow(NotFoundException::new);
    if (language.equals(piece.language()) || !piece.status().visibleToEditors()) {
      throw new NotAllowedException(pieceId);
    }
    PieceTranslation translation =
        translations
            .findByPieceIdAndLanguage(pieceId, language)
            .orElseGet(() -> new PieceTranslation(pieceId, language));
    translation.write(title, summary, body, markdown.render(body).html(), publish);
    translations.save(translation);
    events.publishEvent(new PieceChanged(piece.id()));
  }

  /** For the demo pieces: the dates they would have had. */
  void backdate(long pieceId, Instant at) {
    pieces.findById(pieceId).orElseThrow().backdate(at);
  }

  /** For the demo pieces: a request for changes as an editor made it. */
  void demoChangesRequested(long pieceId, String comment, String editorName) {
    Piece piece = pieces.findById(pieceId).orElseThrow();
    piece.move(PieceStatus.Action.REQUEST_CHANGES, comment, null, clock.instant());
    step(piece, editorName, PieceStatus.Action.REQUEST_CHANGES.name(), comment);
  }

  // --- reading for the author and editors
  // ---------------------------------------------------------

  @Transactional(readOnly = true)
  Piece ownPiece(long pieceId, long authorAccountId) {
    Piece piece = pieces.findById(pieceId).orElseThrow(NotFoundException::new);
    // Another author's piece answers exactly like a piece that does not exist.
    if (piece.authorAccountId() != authorAccountId) {
      throw new NotFoundException();
    }
    return piece;
  }

  @Transactional(readOnly = true)
  Piece forEditors(long pieceId) {
    Piece piece = pieces.findById(pieceId).orElseThrow(NotFoundException::new);
    if (!piece.status().visibleToEditors()) {
      throw new NotFoundException();
    }
    return piece;
  }

  @Transactional(readOnly = true)
  List<StepView> steps(long pieceId) {
    return steps.findByPieceIdOrderByAtAsc(pieceId).stream().map(StepView::of).toList();
  }

  @Transactional(readOnly = true)
  List<Piece> piecesOf(long authorAccountId) {
    return pieces.findByAuthorAccountIdOrderByUpdatedAtDesc(authorAccountId);
  }

  @Transactional(readOnly = true)
  List<PieceTranslation> translationsOf(long pieceId) {
    return translations.findByPieceId(pieceId);
  }

  @Transactional(readOnly = true)
  boolean hasImage(long pieceId, PieceImage.Kind kind) {
    return images.existsByPieceIdAndKind(pieceId, kind);
  }

  private void require(Piece piece, PieceStatus.Actor actor, PieceStatus.Action action) {
    if (!piece.status().allows(actor, action)) {
      throw new NotAllowedException(piece.id());
    }
  }

  /** Publishing, unpublishing and declining go into the audit log, with the reason given. */
  private void recordDecision(
      Piece piece, PieceStatus.Action action, PieceStatus before, String comment) {
    AuditAction recorded =
        switch (action) {
          case PUBLISH -> AuditAction.PIECE_PUBLISHED;
          case UNPUBLISH -> AuditAction.PIECE_UNPUBLISHED;
          case DECLINE -> AuditAction.PIECE_DECLINED;
          default -> null;
        };
    if (recorded != null) {
      audit.record(
          AuditEntry.of(recorded, piece.id())
              .change(
                  AuditEntry.fields("status", before),
                  AuditEntry.fields("status", piece.status(), "publishAt", piece.publishAt()))
              .detail(comment == null ? null : AuditEntry.fields("comment", comment)));
    }
  }

  private void step(Piece piece, String actor, String action, String comment) {
    steps.save(new PieceStep(piece.id(), clock.instant(), actor, action, comment));
  }

  private String uniqueSlug(String title) {
    String base = Slugs.of(title, 80);
    if (base.isEmpty() || base.equals("mine") || base.equals("write")) {
      base = "piece-" + (base.isEmpty() ? "untitled" : base);
    }
    String slug = base;
    for (int n = 2; pieces.existsBySlug(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }
}
