-- The training report and the compliance view sum the attendance marks of a period's meetings: an index holding
-- meeting, enrolment and mark lets the database read them without visiting the rows. Certificates are counted by
-- the day they were issued.

CREATE INDEX ix_attendance_meeting_enrolment_mark ON attendance (meeting_id, enrolment_id, mark);
CREATE INDEX ix_certificate_issued_on ON certificate (issued_on);
