package org.safeports.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the documents any module accepts as uploads.
 *
 * @param maxFileSize the largest file an upload may be
 * @param maxArchiveEntries the most parts an Office or OpenDocument file may hold
 * @param maxExpandedSize the most its parts may expand to, all together
 * @param maxExpansionRatio how many times its expanded size a compressed part may be
 * @param maxExtractedCharacters how much of a file's text is kept for search
 */
@ConfigurationProperties("safeports.files")
public record UploadLimits(
    @DefaultValue("25MB") DataSize maxFileSize,
    @DefaultValue("1000") int maxArchiveEntries,
    @DefaultValue("200MB") DataSize maxExpandedSize,
    @DefaultValue("100") int maxExpansionRatio,
    @DefaultValue("400000") int maxExtractedCharacters) {}
