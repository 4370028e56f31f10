package org.safeports.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a person types to be verified as a PFSO. The IMO port facility number is optional; where
 * given it is the facility's number in IMO's GISIS: the port's UN/LOCODE (two letters of the
 * country, three of the place) and four digits, such as {@code BRSSZ-0001}.
 */
record PfsoForm(
    @NotBlank(message = "{membership.pfso.form.country.required}") String country,
    @NotBlank(message = "{membership.pfso.form.port.required}")
        @Size(max = 50, message = "{membership.pfso.form.port.tooLong}")
        String port,
    @NotBlank(message = "{membership.pfso.form.facility.required}")
        @Size(max = 100, message = "{membership.pfso.form.facility.tooLong}")
        String facility,
    @Pattern(
            regexp = "\\s*|\\s*[A-Za-z]{2}[A-Za-z2-9]{3}\\s*-\\s*[0-9]{4}\\s*",
            message = "{membership.pfso.form.imoNumber.invalid}")
        String imoNumber,
    @NotBlank(message = "{membership.pfso.form.position.required}")
        @Size(max = 120, message = "{membership.pfso.form.position.tooLong}")
        String position,
    @NotBlank(message = "{membership.pfso.form.employer.required}")
        @Size(max = 200, message = "{membership.pfso.form.employer.tooLong}")
        String employer,
    MultipartFile document) {

  static PfsoForm empty() {
    return new PfsoForm(null, null, null, null, null, null, null);
  }

  /** The facts of an earlier request, to renew it with a fresh document. */
  static PfsoForm renewing(PfsoRequest earlier) {
    return new PfsoForm(
        earlier.countryCode(),
        earlier.port(),
        earlier.facilityName(),
        earlier.imoNumber(),
        earlier.position(),
        earlier.employer(),
        null);
  }

  /** The IMO number written the one way GISIS writes it, or null when none was given. */
  String imoNumberNormalised() {
    if (imoNumber == null || imoNumber.isBlank()) {
      return null;
    }
    return imoNumber.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
  }
}
