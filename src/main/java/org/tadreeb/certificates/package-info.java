/**
 * Certificates: the centre's proof that an enrolment passed. Issuing (one, or all eligible trainees of a cohort),
 * numbering ({@code PREFIX-YYYY-NNNNNN} from a per-year counter), revocation and reissue, the bilingual PDF with
 * its QR code, public verification by number and code or by a pasted credential, and the signed Open Badges
 * credential; delivery: the trainee's mail on issue with the PDF attached (rendered by the outbox at sending), and a
 * cohort's certificates as one PDF or a ZIP for printing.
 */
package org.tadreeb.certificates;
