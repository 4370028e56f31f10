package org.safeports.voices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A piece's text as an editor corrects or translates it. */
record PieceTextForm(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 500) String summary,
    @NotBlank String body) {}
