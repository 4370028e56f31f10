package org.safeports.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.library.LibraryRecords.Document;
import org.safeports.platform.database.VersionedEntity;

/**
 * A document of the library with its titles and descriptions and its related documents. The search
 * vectors of its row are not mapped: {@code library_refresh_search} writes them from the stored
 * rows.
 */
@Entity
@Table(name = "library_document")
class LibraryDocument extends VersionedEntity {

  /** A title and description in one language. */
  @Embeddable
  static class Text {
    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    protected Text() {}

    Text(Description d) {
      this.language = d.language();
      this.title = d.title();
      this.description = d.description() == null ? "" : d.description();
    }

    Description view() {
      return new Description(language, title, description);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_type", nullable = false)
  private DocumentType type;

  @Column(name = "country_code")
  private String countryCode;

  private String port;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  private String[] hazards;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(name = "access_level", nullable = false)
  private AccessLevel accessLevel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentStatus status;

  @Column(name = "review_note")
  private String reviewNote;

  @Column(name = "last_reviewed")
  private LocalDate lastReviewed;

  @Column(name = "current_version_id")
  private Long currentVersionId;

  @Column(name = "submitted_by")
  private Long submittedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @ElementCollection
  @CollectionTable(name = "library_description", joinColumns = @JoinColumn(name = "document_id"))
  @OrderBy("language")
  private List<Text> texts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "library_related", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "related_id")
  @OrderBy
  private Set<Long> related = new LinkedHashSet<>();

  protected LibraryDocument() {}

  LibraryDocument(DocumentStatus status, Long submittedBy, Instant now) {
    this.status = status;
    this.submittedBy = submittedBy;
    this.publishedAt = status == DocumentStatus.PUBLISHED ? now : null;
  }

  /** The metadata as the form gave it; type and country as the caller decided. */
  void describe(DocumentType type, String countryCode, DocumentMetadata meta) {
    this.type = type;
    this.countryCode = countryCode;
    this.port = meta.port();
    this.hazards = meta.hazards().stream().map(Enum::name).toArray(String[]::new);
    this.language = meta.language();
    this.year = meta.year();
    this.accessLevel = meta.accessLevel();
    this.lastReviewed = meta.lastReviewed();
    this.texts.clear();
    meta.descriptions().forEach(d -> texts.add(new Text(d)));
  }

  /** Related documents: those that exist (the caller checked), never the document itself. */
  void relate(Collection<Long> existing) {
    related.clear();
    existing.stream().filter(other -> !other.equals(id)).forEach(related::add);
  }

  void changeStatus(DocumentStatus status, String note, Instant now) {
    this.status = status;
    this.reviewNote = note;
    if (status == DocumentStatus.PUBLISHED && publishedAt == null) {
      publishedAt = now;
    }
  }

  void markReviewed(LocalDate day) {
    this.lastReviewed = day;
  }

  void serve(Long versionId) {
    this.currentVersionId = versionId;
  }

  Long id() {
    return id;
  }

  List<Description> descriptions() {
    return texts.stream().map(Text::view).toList();
  }

  List<Long> relatedIds() {
    return related.stream().sorted().toList();
  }

  Document view() {
    return new Document(
        id,
        type,
        countryCode,
        port,
        Arrays.stream(hazards).map(Hazard::valueOf).toList(),
        language,
        year,
        accessLevel,
        status,
        reviewNote,
        lastReviewed,
        currentVersionId,
        submittedBy,
        createdAt(),
        updatedAt(),
        publishedAt,
        version());
  }
}
