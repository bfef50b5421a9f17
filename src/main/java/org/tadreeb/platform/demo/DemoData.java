package org.tadreeb.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.course.Course;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Person;
import org.tadreeb.people.Role;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.security.PasswordHasher;

/**
 * A small, believable centre for a newcomer to sign in to: community-policing courses, cohorts around today,
 * trainees, two instructors and an administrator. Loaded only into a database with no accounts at all, and
 * only while {@code tadreeb.demo-data.enabled} is true. The README lists the demo accounts.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** User name, password, service number, Arabic name, Latin name, language, roles. */
    record DemoAccount(String username, String password, String serviceNumber, String nameArabic, String nameLatin,
                       Language language, EnumSet<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "admin-demo-2026", "ADM-0001", "ليلى حداد", "Layla Haddad",
                    Language.ARABIC, EnumSet.of(Role.ADMINISTRATOR)),
            new DemoAccount("instructor", "instructor-demo-2026", "INS-0001", "عمر الخطيب", "Omar Al-Khatib",
                    Language.ARABIC, EnumSet.of(Role.INSTRUCTOR)),
            new DemoAccount("instructor2", "instructor-demo-2026", "INS-0002", "سارة منصور", "Sara Mansour",
                    Language.ENGLISH, EnumSet.of(Role.INSTRUCTOR)),
            new DemoAccount("trainee", "trainee-demo-2026", "PS-104233", "أحمد يوسف العلي", "Ahmad Yousef Al-Ali",
                    Language.ARABIC, EnumSet.of(Role.TRAINEE)),
            new DemoAccount("trainee2", "trainee-demo-2026", "PS-104871", "مريم عبد الله", "Mariam Abdullah",
                    Language.ENGLISH, EnumSet.of(Role.TRAINEE)));

    private static final String[][] OTHER_TRAINEES = {
            {"PS-200101", "خالد إبراهيم", "Khaled Ibrahim"},
            {"PS-200102", "نور الهدى سليم", "Nour Al-Huda Salim"},
            {"PS-200103", "يوسف القاسم", "Yousef Al-Qasem"},
            {"PS-200104", "هبة الرفاعي", "Hiba Al-Rifai"},
            {"GOV-30011", "محمود النجار", "Mahmoud Al-Najjar"},
            {"GOV-30012", "رنا عيسى", "Rana Issa"},
            {"CSO-40021", "فاطمة الزهراء حسن", "Fatima Al-Zahraa Hassan"},
            {"CSO-40022", "سامي درويش", "Sami Darwish"},
    };

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    @ConfigProperty(name = "tadreeb.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @Transactional
    public void loadIfWanted() {
        if (!enabled) {
            return;
        }
        if (accounts.count() > 0) {
            LOG.info("Demo data not loaded: the database already has accounts");
            return;
        }
        load(LocalDate.now());
        LOG.info("Demo data loaded: sign in as admin, instructor or trainee (see README.md)");
    }

    private void load(LocalDate today) {
        List<Account> demoAccounts = new ArrayList<>();
        for (DemoAccount demo : ACCOUNTS) {
            Person person = new Person(demo.serviceNumber(), demo.nameArabic(), demo.nameLatin());
            person.changeContact(demo.username() + "@demo.tadreeb.local", null);
            Account account = new Account(person, demo.username(), demo.language(), demo.roles());
            account.changePasswordHash(passwordHasher.hash(demo.password().toCharArray()));
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
            entityManager.persist(person);
            others.add(person);
        }

        Course fundamentals = course("CP101", "أساسيات الشرطة المجتمعية", "Community Policing Fundamentals", 24,
                "المبادئ والقيم التي تقوم عليها الشرطة المجتمعية وبناء الثقة مع السكان.",
                "The principles and values of community policing and how trust with residents is built.");
        Course problemSolving = course("CP205", "حل المشكلات بالشراكة مع المجتمع",
                "Problem Solving in Partnership with the Community", 30,
                "منهجية المسح والتحليل والاستجابة والتقييم في معالجة مشكلات الأحياء مع الشركاء.",
                "The scanning, analysis, response and assessment method applied with local partners.");
        Course mediation = course("CP310", "التواصل والوساطة", "Communication and Mediation", 18,
                "مهارات الإصغاء وتهدئة النزاعات والوساطة بين أفراد المجتمع.",
                "Listening, de-escalation and mediation between members of the community.");
        course("CP120", "الشرطة المراعية للنوع الاجتماعي", "Gender-Responsive Policing", 12,
                "الاستجابة لاحتياجات النساء والفتيات وحماية الفئات الأضعف.",
                "Responding to the needs of women and girls and protecting the most vulnerable.");

        Cohort running = cohort("CP101-A", fundamentals, today.minusDays(7), today.plusDays(14), 25,
                "قاعة التدريب الرئيسية", "Main training hall", instructor);
        running.start();
        weeklyMeetings(running, "المحور", "Module");
        Cohort upcoming = cohort("CP205-A", problemSolving, today.plusDays(14), today.plusDays(42), 20,
                "مركز التدريب - القاعة ٢", "Training centre, room 2", instructor);
        upcoming.openForEnrolment();
        weeklyMeetings(upcoming, "الجلسة", "Session");
        Cohort later = cohort("CP310-A", mediation, today.plusDays(30), today.plusDays(51), 16,
                "مركز التدريب - القاعة ٣", "Training centre, room 3", instructor2);
        later.openForEnrolment();
        weeklyMeetings(later, "الجلسة", "Session");

        enrol(running, trainee);
        enrol(upcoming, trainee);
        enrol(running, trainee2);
        enrol(later, trainee2);
        for (int i = 0; i < others.size(); i++) {
            enrol(i % 2 == 0 ? running : upcoming, others.get(i));
        }
    }

    private Course course(String code, String titleArabic, String titleEnglish, int hours,
                          String summaryArabic, String summaryEnglish) {
        Course course = new Course(code, titleArabic, titleEnglish, hours);
        course.describe(summaryArabic, summaryEnglish);
        entityManager.persist(course);
        return course;
    }

    private Cohort cohort(String code, Course course, LocalDate startsOn, LocalDate endsOn, int seats,
                          String venueArabic, String venueEnglish, Account instructor) {
        Cohort cohort = new Cohort(code, course, startsOn, endsOn, seats);
        cohort.holdAt(venueArabic, venueEnglish);
        cohort.assignInstructor(instructor);
        entityManager.persist(cohort);
        return cohort;
    }

    /** Meetings every Sunday and Tuesday, 09:00 to 12:00, over the cohort's dates. */
    private static void weeklyMeetings(Cohort cohort, String topicArabic, String topicEnglish) {
        int number = 1;
        for (LocalDate day = cohort.getStartsOn(); !day.isAfter(cohort.getEndsOn()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY || day.getDayOfWeek() == DayOfWeek.TUESDAY) {
                cohort.scheduleMeeting(day.atTime(LocalTime.of(9, 0)), day.atTime(LocalTime.of(12, 0)),
                        topicArabic + " " + number, topicEnglish + " " + number);
                number++;
            }
        }
    }

    private void enrol(Cohort cohort, Person trainee) {
        entityManager.persist(new Enrolment(cohort, trainee, EnrolmentStatus.ENROLLED));
    }
}
