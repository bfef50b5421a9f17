/**
 * Certificates: the centre's proof that an enrolment passed. Issuing (one, or all eligible trainees of a cohort),
 * numbering ({@code PREFIX-YYYY-NNNNNN} from a per-year counter), revocation and reissue, the bilingual PDF with
 * its QR code, public verification by number and code, and the signed Open Badges credential.
 */
package org.tadreeb.certificates;
