/**
 * The rules every upload of a document goes through, whichever module takes it (the library's
 * documents, membership's supporting documents): what a file really is by its bytes, what it may
 * not carry, the limits on its size and structure, the name it keeps, and its text.
 *
 * <p>Public API: {@link org.safeports.platform.files.FileInspector}, what it returns ({@link
 * org.safeports.platform.files.InspectedFile}, {@link org.safeports.platform.files.FileFormat}),
 * how it refuses ({@link org.safeports.platform.files.UploadRefused}, whose message keys {@code
 * files.upload.*} are in the platform bundle) and its {@link
 * org.safeports.platform.files.UploadLimits}.
 */
@org.springframework.modulith.NamedInterface("files")
package org.safeports.platform.files;
