package org.safeports.voices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the author types: the piece and the author box they control. */
record PieceForm(
    @NotBlank(message = "{voices.form.title.required}")
        @Size(max = 200, message = "{voices.form.title.tooLong}")
        String title,
    @NotBlank(message = "{voices.form.summary.required}")
        @Size(max = 500, message = "{voices.form.summary.tooLong}")
        String summary,
    @NotBlank(message = "{voices.form.body.required}")
        @Size(max = 60000, message = "{voices.form.body.tooLong}")
        String body,
    @NotBlank(message = "{voices.form.topic.required}") String topic,
    @NotBlank(message = "{voices.form.language.required}") String language,
    @NotBlank(message = "{identity.country.required}") String country,
    @NotBlank(message = "{identity.name.required}")
        @Size(max = 120, message = "{identity.name.tooLong}")
        String authorName,
    @Size(max = 160, message = "{voices.form.tooLong160}") String authorPosition,
    @Size(max = 160, message = "{voices.form.tooLong160}") String authorOrganisation,
    @Size(max = 600, message = "{voices.form.bio.tooLong}") String authorBio,
    Long version) {}
