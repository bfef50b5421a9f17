package org.tadreeb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.cohort.Venue;
import org.tadreeb.course.AssessmentComponent;
import org.tadreeb.course.AssessmentScheme;
import org.tadreeb.course.Category;
import org.tadreeb.course.Course;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.evaluation.EvaluationDemo;
import org.tadreeb.grading.Attendance;
import org.tadreeb.grading.AttendanceMark;
import org.tadreeb.grading.Score;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Gender;
import org.tadreeb.people.Governorate;
import org.tadreeb.course.InstructorQualification;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.people.Person;
import org.tadreeb.people.Rank;
import org.tadreeb.people.Role;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.security.PasswordHasher;
import org.tadreeb.platform.persistence.StartupData;

/**
 * A small, believable centre for a newcomer to sign in to: community-policing courses, cohorts around today,
 * trainees, two instructors and an administrator. Loaded only into a database with no accounts at all, and
 * only while {@code tadreeb.demo-data.enabled} is true. The README lists the demo accounts.
 */
@ApplicationScoped
public class DemoData implements StartupData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** User name, password, service number, Arabic name, Latin name, language, roles, organisation code. */
    record DemoAccount(String username, String password, String serviceNumber, String nameArabic, String nameLatin,
                       Language language, EnumSet<Role> roles, String organisationCode) {
    }

    /**
     * The demo passwords' hashes, made once with {@link org.tadreeb.platform.security.PasswordHasher}'s parameters
     * (600,000 iterations, random salts): the passwords are published in the README, and hashing them again at
     * every start of a demo or test deployment cost a second or two of CPU each time. A hash weaker than the
     * configured iteration count is made afresh.
     */
    static final Map<String, String> DEMO_PASSWORD_HASHES = Map.of(
            "admin-demo-2026", "PBKDF2WithHmacSHA256:600000:uDyZ2sbZt3PZTTwOT9FxC4K7p1FqMqgHZeH2/ieat3o=:zZbVEn0XEzkHh8tDjLTVtgWMh0mGs7dq7IeaqFdlrmA=",
            "instructor-demo-2026", "PBKDF2WithHmacSHA256:600000:u2WBrryTTpHt3zCT3mManXS5du2x/LpjpFeK9XUaCHg=:G1eLk36ryX6YIjT+mfCedpgGCoVnkpNgeMEngZw2cuU=",
            "trainee-demo-2026", "PBKDF2WithHmacSHA256:600000:xq6xNQ7svI+wNy8QgKq4zWIsEAH7pX4EtmuVoNdLSkE=:SXcHH1pkCj8Q7cVkqKXaw3IOubY+CUbvG6h+eoheR7A=",
            "coordinator-demo-2026", "PBKDF2WithHmacSHA256:600000:NOY1hJrIRNYweV2BqxGnx3iS2BzzLPd/tGXHlJSTGt4=:eig9h2ubkiNbu5YDe4qtIf501J6M35LUq8sFGbQxPR0=");

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "admin-demo-2026", "ADM-0001", "ليلى حداد", "Layla Haddad",
                    Language.ARABIC, EnumSet.of(Role.ADMINISTRATOR), "CPD-CAP"),
            new DemoAccount("instructor", "instructor-demo-2026", "INS-0001", "عمر الخطيب", "Omar Al-Khatib",
                    Language.ARABIC, EnumSet.of(Role.INSTRUCTOR), "CPD-CAP"),
            new DemoAccount("instructor2", "instructor-demo-2026", "INS-0002", "سارة منصور", "Sara Mansour",
                    Language.ENGLISH, EnumSet.of(Role.INSTRUCTOR), "CPD-CAP"),
            new DemoAccount("trainee", "trainee-demo-2026", "PS-104233", "أحمد يوسف العلي", "Ahmad Yousef Al-Ali",
                    Language.ARABIC, EnumSet.of(Role.TRAINEE), "CPD-CAP"),
            new DemoAccount("trainee2", "trainee-demo-2026", "PS-104871", "مريم عبد الله", "Mariam Abdullah",
                    Language.ENGLISH, EnumSet.of(Role.TRAINEE), "CPD-CAP"),
            new DemoAccount("coordinator", "coordinator-demo-2026", "GOV-30010", "هدى الخطيب", "Huda Al-Khatib",
                    Language.ARABIC, EnumSet.of(Role.COORDINATOR), "GOV-EDU"));

    /** Service number, Arabic name, Latin name, gender, organisation code, rank code. */
    private static final String[][] OTHER_TRAINEES = {
            {"PS-200101", "خالد إبراهيم", "Khaled Ibrahim", "MALE", "CPD-NOR", "CPL"},
            {"PS-200102", "نور الهدى سليم", "Nour Al-Huda Salim", "FEMALE", "CPD-NOR", "LT"},
            {"PS-200103", "يوسف القاسم", "Yousef Al-Qasem", "MALE", "CPD-CAP", "CONST"},
            {"PS-200104", "هبة الرفاعي", "Hiba Al-Rifai", "FEMALE", "CPD-CAP", "SGT"},
            {"GOV-30011", "محمود النجار", "Mahmoud Al-Najjar", "MALE", "GOV-EDU", "CIV"},
            {"GOV-30012", "رنا عيسى", "Rana Issa", "FEMALE", "GOV-EDU", "CIV"},
            {"CSO-40021", "فاطمة الزهراء حسن", "Fatima Al-Zahraa Hassan", "FEMALE", "CSO-YOUTH", "CIV"},
            {"CSO-40022", "سامي درويش", "Sami Darwish", "MALE", "CSO-YOUTH", "CIV"},
    };

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    CentreClock clock;

    @Inject
    EvaluationDemo evaluations;

    @Inject
    @ConfigProperty(name = "tadreeb.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    @Transactional
    public void loadIfWanted() {
        if (!enabled) {
            return;
        }
        if (accounts.count() > 0) {
            LOG.info("Demo data not loaded: the database already has accounts");
            return;
        }
        load(clock.today());
        LOG.info("Demo data loaded: sign in as admin, instructor or trainee (see README.md)");
    }

    private static final String[][] GOVERNORATES = {
            {"CAP", "العاصمة", "Capital"}, {"NOR", "الشمال", "North"}, {"SOU", "الجنوب", "South"},
            {"EAS", "الشرق", "East"}, {"WES", "الغرب", "West"}, {"CEN", "الوسط", "Central"},
    };

    private static final String[][] RANKS = {
            {"CONST", "شرطي", "Constable"}, {"CPL", "عريف", "Corporal"}, {"SGT", "رقيب", "Sergeant"},
            {"LT", "ملازم", "Lieutenant"}, {"CPT", "نقيب", "Captain"}, {"MAJ", "رائد", "Major"},
            {"LTCOL", "مقدم", "Lieutenant Colonel"}, {"COL", "عقيد", "Colonel"}, {"CIV", "مدني", "Civilian"},
    };

    private void load(LocalDate today) {
        Map<String, Governorate> governorates = new HashMap<>();
        for (int i = 0; i < GOVERNORATES.length; i++) {
            Governorate governorate = new Governorate(GOVERNORATES[i][0], GOVERNORATES[i][1], GOVERNORATES[i][2], i);
            entityManager.persist(governorate);
            governorates.put(governorate.getCode(), governorate);
        }
        Map<String, Rank> ranks = new HashMap<>();
        for (int i = 0; i < RANKS.length; i++) {
            Rank rank = new Rank(RANKS[i][0], RANKS[i][1], RANKS[i][2], i);
            entityManager.persist(rank);
            ranks.put(rank.getCode(), rank);
        }
        Organisation capitalPolice = organisation("CPD-CAP", "مديرية شرطة العاصمة - قسم الشرطة المجتمعية",
                "Capital Police Directorate, Community Policing Section", OrganisationType.POLICE_UNIT, governorates.get("CAP"));
        Organisation northPolice = organisation("CPD-NOR", "شرطة إقليم الشمال", "North Region Police",
                OrganisationType.POLICE_UNIT, governorates.get("NOR"));
        Organisation education = organisation("GOV-EDU", "مديرية التربية والتعليم", "Directorate of Education",
                OrganisationType.GOVERNMENT_DEPARTMENT, governorates.get("CAP"));
        Organisation youthCentre = organisation("CSO-YOUTH", "جمعية شباب الحي", "Neighbourhood Youth Association",
                OrganisationType.COMMUNITY_ORGANISATION, governorates.get("SOU"));
        organisation("INT-DEV", "برنامج الشراكة الدولية للأمن المجتمعي", "International Community Safety Partnership",
                OrganisationType.INTERNATIONAL_PARTNER, governorates.get("CAP"));

        Map<String, Organisation> organisations = Map.of(capitalPolice.getCode(), capitalPolice,
                northPolice.getCode(), northPolice, education.getCode(), education, youthCentre.getCode(), youthCentre);
        List<Account> demoAccounts = new ArrayList<>();
        for (DemoAccount demo : ACCOUNTS) {
            Person person = new Person(demo.serviceNumber(), demo.nameArabic(), demo.nameLatin());
            person.changeContact(demo.username() + "@demo.tadreeb.local", null);
            boolean trainee = demo.roles().contains(Role.TRAINEE);
            Organisation organisation = organisations.get(demo.organisationCode());
            person.placeIn(organisation, trainee ? "مركز شرطة الحي الشرقي" : null, organisation.getGovernorate());
            person.describe(ranks.get(demo.roles().contains(Role.COORDINATOR) ? "CIV" : trainee ? "SGT" : "CPT"),
                    List.of("Sara", "Layla", "Mariam", "Huda").contains(demo.nameLatin().split(" ")[0])
                            ? Gender.FEMALE : Gender.MALE);
            Account account = new Account(person, demo.username(), demo.language(), demo.roles());
            account.changeRoles(demo.roles(), demo.roles().contains(Role.COORDINATOR) ? organisation : null);
            account.changePasswordHash(passwordHasher.madeEarlierOrNew(DEMO_PASSWORD_HASHES.get(demo.password()),
                    demo.password().toCharArray()));
            accounts.add(account);
            demoAccounts.add(account);
        }
        Account instructor = demoAccounts.get(1);
        Account instructor2 = demoAccounts.get(2);
        Person trainee = demoAccounts.get(3).getPerson();
        Person trainee2 = demoAccounts.get(4).getPerson();

        List<Person> others = new ArrayList<>();
        for (String[] row : OTHER_TRAINEES) {
            Person person = new Person(row[0], row[1], row[2]);
            Organisation organisation = organisations.get(row[4]);
            person.placeIn(organisation, null, organisation.getGovernorate());
            person.describe(ranks.get(row[5]), Gender.valueOf(row[3]));
            entityManager.persist(person);
            others.add(person);
        }

        Course fundamentals = course("CP101", "أساسيات الشرطة المجتمعية", "Community Policing Fundamentals", 24,
                "المبادئ والقيم التي تقوم عليها الشرطة المجتمعية وبناء الثقة مع السكان.",
                "The principles and values of community policing and how trust with residents is built.",
                "FUND", DeliveryMode.IN_PERSON, 12, EXAM_PRACTICAL_PARTICIPATION,
                "شرح فلسفة الشرطة المجتمعية؛ تحديد الشركاء المحليين؛ تطبيق مبادئ الدورية الراجلة والتواصل مع السكان.",
                "Explain the philosophy of community policing; identify local partners; apply the principles of foot patrol and contact with residents.");
        Course problemSolving = course("CP205", "حل المشكلات بالشراكة مع المجتمع",
                "Problem Solving in Partnership with the Community", 30,
                "منهجية المسح والتحليل والاستجابة والتقييم في معالجة مشكلات الأحياء مع الشركاء.",
                "The scanning, analysis, response and assessment method applied with local partners.",
                "PROB", DeliveryMode.BLENDED, 24, EXAM_PROJECT,
                "تحليل مشكلة متكررة في الحي باستخدام مثلث تحليل المشكلات؛ تصميم استجابة مع الشركاء وتقييم أثرها.",
                "Analyse a recurring neighbourhood problem with the problem analysis triangle; design a response with partners and assess its effect.");
        Course mediation = course("CP310", "التواصل والوساطة", "Communication and Mediation", 18,
                "مهارات الإصغاء وتهدئة النزاعات والوساطة بين أفراد المجتمع.",
                "Listening, de-escalation and mediation between members of the community.",
                "COMM", DeliveryMode.IN_PERSON, 24, PRACTICAL_PARTICIPATION,
                "الإصغاء الفعال؛ تهدئة المواقف المتوترة؛ إدارة جلسة وساطة بين جيران متنازعين.",
                "Listen actively; de-escalate tense situations; run a mediation session between neighbours in dispute.");
        Course gender = course("CP120", "الشرطة المراعية للنوع الاجتماعي", "Gender-Responsive Policing", 12,
                "الاستجابة لاحتياجات النساء والفتيات وحماية الفئات الأضعف.",
                "Responding to the needs of women and girls and protecting the most vulnerable.",
                "GENDER", DeliveryMode.IN_PERSON, 24, EXAM_PRACTICAL_PARTICIPATION,
                "التعرف على احتياجات الناجيات من العنف؛ إحالة الحالات إلى الخدمات المختصة؛ مقابلة آمنة ومراعية.",
                "Recognise the needs of survivors of violence; refer cases to specialised services; conduct a safe, sensitive interview.");
        Course youth = course("CP130", "الشرطة المجتمعية مع الشباب والمدارس", "Working with Youth and Schools", 16,
                "بناء علاقات ثقة مع الطلاب والمعلمين وأولياء الأمور والوقاية من العنف المدرسي.",
                "Building trust with students, teachers and parents, and preventing violence in schools.",
                "YOUTH", DeliveryMode.BLENDED, 24, PRACTICAL_PARTICIPATION,
                "تصميم نشاط توعوي في مدرسة؛ التعامل مع الأحداث وفق مصلحة الطفل الفضلى.",
                "Design an awareness activity for a school; deal with juveniles in the best interest of the child.");
        Course partnerships = course("CP220", "شراكات منع الجريمة", "Crime Prevention Partnerships", 20,
                "العمل مع البلديات والجمعيات والقطاع الخاص لمنع الجريمة عبر التصميم البيئي والتوعية.",
                "Working with municipalities, associations and businesses to prevent crime through environmental design and awareness.",
                "PREV", DeliveryMode.IN_PERSON, 36, EXAM_PROJECT,
                "إجراء تدقيق للسلامة المجتمعية؛ بناء خطة وقاية مشتركة مع الشركاء.",
                "Carry out a community safety audit; build a joint prevention plan with partners.");
        Course remoteEngagement = course("CP140", "التواصل الرقمي مع المجتمع", "Digital Community Engagement", 10,
                "استخدام وسائل التواصل الاجتماعي والاجتماعات الافتراضية للتواصل مع السكان ومواجهة الشائعات.",
                "Using social media and online meetings to reach residents and counter rumours.",
                "COMM", DeliveryMode.REMOTE, null, PROJECT_PARTICIPATION,
                "كتابة رسائل عامة واضحة؛ إدارة اجتماع افتراضي مع لجنة حي.",
                "Write clear public messages; run an online meeting with a neighbourhood committee.");
        Course leadership = course("CP410", "قيادة فرق الشرطة المجتمعية", "Leading Community Policing Teams", 32,
                "التخطيط والإشراف والتقييم لعمل فرق الشرطة المجتمعية في المراكز.",
                "Planning, supervising and evaluating the work of community policing teams in police stations.",
                "LEAD", DeliveryMode.BLENDED, 36, EXAM_PROJECT,
                "وضع خطة عمل لفريق؛ متابعة مؤشرات الأداء المجتمعي؛ توجيه الأفراد ودعمهم.",
                "Set a team's work plan; follow community performance indicators; coach and support officers.");
        problemSolving.requirePrerequisites(List.of(fundamentals));
        partnerships.requirePrerequisites(List.of(problemSolving));
        leadership.requirePrerequisites(List.of(problemSolving, mediation));

        entityManager.persist(new InstructorQualification(instructor.getPerson(), fundamentals, null));
        entityManager.persist(new InstructorQualification(instructor.getPerson(), problemSolving, today.plusYears(2)));
        entityManager.persist(new InstructorQualification(instructor2.getPerson(), mediation, null));

        Venue mainHall = venue("CAP-HALL", "قاعة التدريب الرئيسية", "Main training hall", governorates.get("CAP"), 30);
        Venue room1 = venue("CAP-R1", "مركز التدريب - القاعة ١", "Training centre, room 1", governorates.get("CAP"), 24);
        Venue room2 = venue("CAP-R2", "مركز التدريب - القاعة ٢", "Training centre, room 2", governorates.get("CAP"), 20);
        Venue room3 = venue("CAP-R3", "مركز التدريب - القاعة ٣", "Training centre, room 3", governorates.get("CAP"), 16);
        Venue educationHall = venue("NOR-EDU", "مديرية التربية - قاعة الاجتماعات", "Directorate of Education, meeting room",
                governorates.get("NOR"), 24);
        Venue southCentre = venue("SOU-CC", "المركز المجتمعي الجنوبي - القاعة الكبرى", "Southern community centre, main hall",
                governorates.get("SOU"), 35);
        venue("EAS-PS", "مركز شرطة المنطقة الشرقية - قاعة التدريب", "Eastern district police station, training room",
                governorates.get("EAS"), 18);

        Cohort past = cohort("CP101-0", fundamentals, today.minusDays(120), today.minusDays(99), mainHall, 25, instructor);
        weeklyMeetings(past, SUNDAY_TUESDAY, 9, "المحور", "Module");
        past.start(past.getStartsOn());
        past.complete(today.atStartOfDay());
        Cohort running = cohort("CP101-A", fundamentals, today.minusDays(7), today.plusDays(14), mainHall, 25, instructor);
        weeklyMeetings(running, SUNDAY_TUESDAY, 9, "المحور", "Module");
        running.start(today);
        Cohort upcoming = cohort("CP205-A", problemSolving, today.plusDays(14), today.plusDays(42), room2, 20, instructor);
        weeklyMeetings(upcoming, MONDAY_WEDNESDAY, 9, "الجلسة", "Session");
        upcoming.openForEnrolment(today);
        Cohort later = cohort("CP310-A", mediation, today.plusDays(30), today.plusDays(51), room3, 16, instructor2);
        weeklyMeetings(later, SUNDAY_TUESDAY, 9, "الجلسة", "Session");
        later.openForEnrolment(today);

        Cohort youthCohort = cohort("CP130-A", youth, today.plusDays(40), today.plusDays(61), educationHall, 24, instructor2);
        weeklyMeetings(youthCohort, SUNDAY_TUESDAY, 13, "الجلسة", "Session");
        youthCohort.openForEnrolment(today);
        Cohort genderCohort = cohort("CP120-A", gender, today.plusDays(45), today.plusDays(52), room1, 20, instructor2);
        weeklyMeetings(genderCohort, MONDAY_WEDNESDAY, 9, "الجلسة", "Session");
        genderCohort.openForEnrolment(today);
        Cohort southCohort = cohort("CP120-S", gender, today.plusDays(70), today.plusDays(77), southCentre, 30, instructor2);
        weeklyMeetings(southCohort, MONDAY_WEDNESDAY, 9, "الجلسة", "Session");
        Cohort remoteCohort = cohort("CP140-A", remoteEngagement, today.plusDays(60), today.plusDays(74), null, 40, instructor2);
        weeklyMeetings(remoteCohort, Set.of(DayOfWeek.THURSDAY), 17, "الجلسة", "Session");

        List<Enrolment> finished = new ArrayList<>();
        for (int i = 0; i < Math.min(4, others.size()); i++) {
            Enrolment enrolment = new Enrolment(past, others.get(i), i == 3 ? EnrolmentStatus.FAILED : EnrolmentStatus.COMPLETED);
            entityManager.persist(enrolment);
            finished.add(enrolment);
        }
        enrol(running, trainee);
        enrol(upcoming, trainee);
        enrol(running, trainee2);
        enrol(later, trainee2);
        List<Enrolment> runningOthers = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            Enrolment enrolment = enrol(i % 2 == 0 ? running : upcoming, others.get(i));
            if (i % 2 == 0) {
                runningOthers.add(enrolment);
            }
        }
        entityManager.flush();
        grade(past, finished, instructor.getUsername());
        scoreSome(fundamentals, runningOthers.subList(0, 2), instructor.getUsername());
        entityManager.flush();
        // The running cohort's last meeting so far is left for the instructor's home to list as not yet taken.
        takeAttendance(running, instructor,
                (int) running.heldMeetings().stream().filter(m -> m.getEndsAt().isBefore(today.atStartOfDay())).count() - 1);
        entityManager.flush();
        evaluations.answerSome(past.getCode());
    }

    /** Scores per trainee of the completed cohort (written exam, practical, participation): the last one failed. */
    private static final int[][] PAST_SCORES = {{78, 40, 9}, {85, 44, 8}, {66, 35, 7}, {45, 25, 6}};

    /** The completed cohort's attendance (the trainee who failed missed two meetings) and its published results. */
    private void grade(Cohort past, List<Enrolment> finished, String instructorName) {
        Instant at = past.getEndsOn().atTime(17, 0).atZone(clock.zone()).toInstant();
        List<Meeting> meetings = past.heldMeetings();
        for (int t = 0; t < finished.size(); t++) {
            for (int m = 0; m < meetings.size(); m++) {
                boolean missed = t == finished.size() - 1 && m < 2;
                entityManager.persist(new Attendance(meetings.get(m), finished.get(t),
                        missed ? AttendanceMark.ABSENT : m == 3 && t == 0 ? AttendanceMark.LATE : AttendanceMark.PRESENT,
                        null, instructorName, at));
            }
            List<AssessmentComponent> components = past.getCourse().getComponents();
            for (int c = 0; c < components.size(); c++) {
                entityManager.persist(new Score(finished.get(t), components.get(c),
                        BigDecimal.valueOf(PAST_SCORES[t % PAST_SCORES.length][c]), instructorName, at));
            }
        }
        past.publishResults(instructorName, at);
    }

    /** The running cohort's written exam, already marked for some trainees. */
    private void scoreSome(Course course, List<Enrolment> enrolments, String instructorName) {
        for (int t = 0; t < enrolments.size(); t++) {
            entityManager.persist(new Score(enrolments.get(t), course.getComponents().get(0),
                    new BigDecimal(t == 0 ? "72.5" : "88"), instructorName, Instant.now()));
        }
    }

    /** Marks for the first meetings of a cohort: mostly present, some late, absent or excused (with a note). */
    private void takeAttendance(Cohort cohort, Account instructor, int meetings) {
        List<Enrolment> roster = entityManager.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.cohort = :cohort ORDER BY e.id", Enrolment.class)
                .setParameter("cohort", cohort).getResultList();
        List<Meeting> held = cohort.heldMeetings();
        for (int m = 0; m < Math.min(meetings, held.size()); m++) {
            Meeting meeting = held.get(m);
            Instant at = meeting.getEndsAt().atZone(clock.zone()).toInstant();
            for (int t = 0; t < roster.size(); t++) {
                int turn = (t * 5 + m * 3) % 17;
                AttendanceMark mark = turn == 4 ? AttendanceMark.LATE : turn == 9 ? AttendanceMark.ABSENT
                        : turn == 13 ? AttendanceMark.EXCUSED : AttendanceMark.PRESENT;
                entityManager.persist(new Attendance(meeting, roster.get(t), mark,
                        mark == AttendanceMark.EXCUSED ? "موعد طبي بتقرير من الوحدة" : null, instructor.getUsername(), at));
            }
        }
    }

    private Organisation organisation(String code, String nameArabic, String nameEnglish, OrganisationType type,
                                      Governorate governorate) {
        Organisation organisation = new Organisation(code, nameArabic, nameEnglish, type);
        organisation.classify(type, governorate);
        entityManager.persist(organisation);
        return organisation;
    }

    private static final List<AssessmentScheme.Component> EXAM_PRACTICAL_PARTICIPATION = List.of(
            new AssessmentScheme.Component("اختبار كتابي", "Written exam", 100, 40),
            new AssessmentScheme.Component("تمرين عملي", "Practical exercise", 50, 40),
            new AssessmentScheme.Component("المشاركة", "Participation", 10, 20));
    private static final List<AssessmentScheme.Component> EXAM_PROJECT = List.of(
            new AssessmentScheme.Component("اختبار كتابي", "Written exam", 100, 30),
            new AssessmentScheme.Component("مشروع ميداني", "Field project", 100, 60),
            new AssessmentScheme.Component("المشاركة", "Participation", 10, 10));
    private static final List<AssessmentScheme.Component> PRACTICAL_PARTICIPATION = List.of(
            new AssessmentScheme.Component("تمرين عملي (لعب أدوار)", "Practical exercise (role play)", 100, 70),
            new AssessmentScheme.Component("المشاركة", "Participation", 10, 30));
    private static final List<AssessmentScheme.Component> PROJECT_PARTICIPATION = List.of(
            new AssessmentScheme.Component("مشروع", "Project", 100, 80),
            new AssessmentScheme.Component("المشاركة", "Participation", 10, 20));

    private Course course(String code, String titleArabic, String titleEnglish, int hours,
                          String summaryArabic, String summaryEnglish, String categoryCode, DeliveryMode mode,
                          Integer certificateMonths, List<AssessmentScheme.Component> components,
                          String objectivesArabic, String objectivesEnglish) {
        Course course = new Course(code, titleArabic, titleEnglish, hours);
        course.describe(summaryArabic, summaryEnglish);
        course.stateObjectives(objectivesArabic, objectivesEnglish);
        course.classify(entityManager.find(Category.class, categoryCode), mode);
        course.plan(hours, 80, certificateMonths, 25);
        course.defineScheme(new AssessmentScheme(components, 60), null);
        entityManager.persist(course);
        return course;
    }

    private Venue venue(String code, String nameArabic, String nameEnglish, Governorate governorate, int capacity) {
        Venue venue = new Venue(code, nameArabic, nameEnglish, governorate, capacity);
        entityManager.persist(venue);
        return venue;
    }

    private Cohort cohort(String code, Course course, LocalDate startsOn, LocalDate endsOn, Venue venue, int seats,
                          Account instructor) {
        Cohort cohort = new Cohort(code, course, startsOn, endsOn, venue, seats);
        cohort.openEnrolmentBetween(null, startsOn.minusDays(1).isBefore(endsOn) ? startsOn.minusDays(1) : null, false);
        cohort.assignInstructor(instructor);
        entityManager.persist(cohort);
        return cohort;
    }

    private static final Set<DayOfWeek> SUNDAY_TUESDAY = Set.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY);
    private static final Set<DayOfWeek> MONDAY_WEDNESDAY = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);

    /** Three-hour meetings on the weekdays, from the hour, over the cohort's dates (the demo's cohorts never clash). */
    private static void weeklyMeetings(Cohort cohort, Set<DayOfWeek> days, int hour, String topicArabic, String topicEnglish) {
        int number = 1;
        for (LocalDate day = cohort.getStartsOn(); !day.isAfter(cohort.getEndsOn()); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                cohort.scheduleMeeting(day.atTime(LocalTime.of(hour, 0)), day.atTime(LocalTime.of(hour + 3, 0)),
                        topicArabic + " " + number, topicEnglish + " " + number);
                number++;
            }
        }
    }

    private Enrolment enrol(Cohort cohort, Person trainee) {
        Enrolment enrolment = new Enrolment(cohort, trainee, EnrolmentStatus.ENROLLED);
        entityManager.persist(enrolment);
        return enrolment;
    }
}
