package org.safeports.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.files.InspectedFile;
import org.springframework.stereotype.Component;

/** The bytes of the library's files, stored in chunks and streamed back one chunk at a time. */
@Component
class LibraryFiles {

  private final LibraryFileRepository files;
  private final LibraryFileChunkRepository chunks;

  LibraryFiles(LibraryFileRepository files, LibraryFileChunkRepository chunks) {
    this.files = files;
    this.chunks = chunks;
  }

  /** Stores the bytes; the caller's transaction makes it all-or-nothing. */
  long store(InspectedFile file) {
    byte[] content = file.content();
    int count = (content.length + LibraryFileChunk.SIZE - 1) / LibraryFileChunk.SIZE;
    long fileId = files.save(new LibraryFile(file.sha256(), content.length, count)).id();
    for (int seq = 0; seq < count; seq++) {
      int from = seq * LibraryFileChunk.SIZE;
      chunks.save(
          new LibraryFileChunk(
              fileId,
              seq,
              Arrays.copyOfRange(
                  content, from, Math.min(content.length, from + LibraryFileChunk.SIZE))));
    }
    return fileId;
  }

  /** Streams a file's bytes chunk by chunk: memory stays at one chunk per download. */
  void write(long fileId, OutputStream out) {
    int count = files.findById(fileId).map(LibraryFile::chunks).orElseThrow(NotFoundException::new);
    for (int seq = 0; seq < count; seq++) {
      try {
        out.write(chunks.data(fileId, seq));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
