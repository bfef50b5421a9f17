package org.tadreeb.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * One statement of a question set, in Arabic and English, that a trainee rates from 1 (strongly disagree) to 5
 * (strongly agree). It belongs to one version of the set and never changes: a new wording is a new version.
 */
@Entity
@Table(name = "evaluation_question")
public class Question {

    public static final int MAX_TEXT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "form_id", nullable = false)
    private QuestionSet questionSet;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Topic topic;

    @Column(name = "text_ar", nullable = false, length = MAX_TEXT)
    private String textArabic;

    @Column(name = "text_en", nullable = false, length = MAX_TEXT)
    private String textEnglish;

    protected Question() {
    }

    Question(QuestionSet questionSet, int sortOrder, QuestionDraft draft) {
        this.questionSet = questionSet;
        this.sortOrder = sortOrder;
        this.topic = draft.topic();
        this.textArabic = draft.textArabic().strip();
        this.textEnglish = draft.textEnglish().strip();
    }

    public String text(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? textArabic : textEnglish;
    }

    public QuestionDraft draft() {
        return new QuestionDraft(topic, textArabic, textEnglish);
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getTextArabic() {
        return textArabic;
    }

    public String getTextEnglish() {
        return textEnglish;
    }
}
