-- The centre's first evaluation question set (version 1): two statements on each topic, answered on a five-point
-- agreement scale. Administrators publish later versions on /admin/evaluation.xhtml; this one stays as it is.

INSERT INTO evaluation_form (version_number, created_at, created_by) VALUES (1, CURRENT_TIMESTAMP, 'system');

INSERT INTO evaluation_question (form_id, sort_order, topic, text_ar, text_en)
SELECT f.id, 1, 'CONTENT', 'كان محتوى الدورة واضحًا ومنظَّمًا.', 'The course content was clear and well organised.'
FROM evaluation_form f WHERE f.version_number = 1;
INSERT INTO evaluation_question (form_id, sort_order, topic, text_ar, text_en)
SELECT f.id, 2, 'CONTENT', 'حقَّقت الدورة الأهداف المعلنة لها.', 'The course achieved its stated objectives.'
FROM evaluation_form f WHERE f.version_number = 1;
INSERT INTO evaluation_question (form_id, sort_order, topic, text_ar, text_en)
SELECT f.id, 3, 'INSTRUCTORS', 'شرح المدرِّبون الموضوعات بوضوح.', 'The instructors explained the subjects clearly.'
FROM evaluation_form f WHERE f.version_number = 1;
INSERT INTO evaluation_question (form_id, sort_order, topic, text_ar, text_en)
SELECT f.id, 4, 'INSTRUCTORS', 'شجَّع المدرِّبون المشاركة وأجابوا عن الأسئلة.', 'The instructors encouraged participation and answered questions.'
FROM evaluation_form f WHERE f.version_number = 1;
INSERT INTO evaluation_question (form_id, sort_order, topic, text_ar, text_en)
SELECT f.id, 5, 'VENUE', 'كانت القاعة وتجهيزاتها مناسبة للتدريب.', 'The venue and its equipment suited the training.'
FROM evaluation_form f WHERE f.version_number = 1;
INSERT INTO evaluation_question (form_id, sort_order, topic, text_ar, text_en)
SELECT f.id, 6, 'VENUE', 'كانت مواعيد الجلسات وتنظيمها مناسبة.', 'The timing and organisation of the sessions were suitable.'
FROM evaluation_form f WHERE f.version_number = 1;
INSERT INTO evaluation_question (form_id, sort_order, topic, text_ar, text_en)
SELECT f.id, 7, 'USEFULNESS', 'ما تعلَّمته مفيد في عملي اليومي.', 'What I learned is useful in my daily work.'
FROM evaluation_form f WHERE f.version_number = 1;
INSERT INTO evaluation_question (form_id, sort_order, topic, text_ar, text_en)
SELECT f.id, 8, 'USEFULNESS', 'أنصح زملائي بحضور هذه الدورة.', 'I would recommend this course to my colleagues.'
FROM evaluation_form f WHERE f.version_number = 1;
