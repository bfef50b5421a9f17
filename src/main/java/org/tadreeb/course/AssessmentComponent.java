package org.tadreeb.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A weighted part of a course's assessment scheme (written exam, practical exercise, project...). Owned by
 * its course, which replaces its components as a whole ({@link Course#defineScheme}); grades will refer to it.
 */
@Entity
@Table(name = "assessment_component")
public class AssessmentComponent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_ar", nullable = false, length = 100)
    private String nameArabic;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEnglish;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(nullable = false)
    private int weight;

    protected AssessmentComponent() {
    }

    AssessmentComponent(Course course, int sortOrder, AssessmentScheme.Component component) {
        this.course = course;
        this.sortOrder = sortOrder;
        this.nameArabic = component.nameArabic();
        this.nameEnglish = component.nameEnglish();
        this.maxScore = component.maxScore();
        this.weight = component.weight();
    }

    AssessmentScheme.Component toValue() {
        return new AssessmentScheme.Component(nameArabic, nameEnglish, maxScore, weight);
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameEnglish;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public String getNameEnglish() {
        return nameEnglish;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public int getWeight() {
        return weight;
    }
}
