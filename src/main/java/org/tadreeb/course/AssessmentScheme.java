package org.tadreeb.course;

import java.util.ArrayList;
import java.util.List;
import org.tadreeb.platform.FieldError;

/**
 * How a course's trainees are assessed: named, bilingual components, each with a maximum score and a weight
 * (whole percentages that total 100), and the pass mark, a percentage of the weighted total. A value: two
 * schemes with the same components in the same order and the same pass mark are the same scheme.
 */
public record AssessmentScheme(List<Component> components, Integer passMark) {

    public static final int MAX_COMPONENTS = 10;
    public static final int MAX_NAME = 100;
    public static final int MAX_SCORE = 1000;
    public static final int TOTAL_WEIGHT = 100;

    /** One part of the scheme (written exam, practical exercise, project, participation...). */
    public record Component(String nameArabic, String nameEnglish, Integer maxScore, Integer weight) {

        Component strip() {
            return new Component(nameArabic == null ? null : nameArabic.strip(),
                    nameEnglish == null ? null : nameEnglish.strip(), maxScore, weight);
        }
    }

    public AssessmentScheme {
        components = components == null ? List.of() : components.stream().map(Component::strip).toList();
    }

    public int totalWeight() {
        return components.stream().mapToInt(c -> c.weight() == null ? 0 : c.weight()).sum();
    }

    /**
     * The rules a scheme meets on its own. Errors name the field as the API spells it: {@code components} for
     * the whole list, {@code components[i].weight} for one component (counted from 0), {@code passMark}.
     */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (components.isEmpty()) {
            errors.add(new FieldError("components", "course.error.noComponents"));
        } else if (components.size() > MAX_COMPONENTS) {
            errors.add(new FieldError("components", "course.error.tooManyComponents", MAX_COMPONENTS));
        }
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            String field = "components[" + i + "].";
            int row = i + 1;
            if (component.nameArabic() == null || component.nameArabic().isEmpty()
                    || component.nameEnglish() == null || component.nameEnglish().isEmpty()) {
                errors.add(new FieldError(field + (component.nameArabic() == null || component.nameArabic().isEmpty()
                        ? "nameArabic" : "nameEnglish"), "course.error.componentName", row));
            } else if (component.nameArabic().length() > MAX_NAME || component.nameEnglish().length() > MAX_NAME) {
                errors.add(new FieldError(field + "name", "course.error.componentNameTooLong", row, MAX_NAME));
            }
            if (component.maxScore() == null || component.maxScore() < 1 || component.maxScore() > MAX_SCORE) {
                errors.add(new FieldError(field + "maxScore", "course.error.componentMaxScore", row, MAX_SCORE));
            }
            if (component.weight() == null || component.weight() < 1 || component.weight() > TOTAL_WEIGHT) {
                errors.add(new FieldError(field + "weight", "course.error.componentWeight", row));
            }
        }
        if (!components.isEmpty() && totalWeight() != TOTAL_WEIGHT) {
            errors.add(new FieldError("components", "course.error.weightsTotal", totalWeight()));
        }
        if (passMark == null || passMark < 1 || passMark > 100) {
            errors.add(new FieldError("passMark", "course.error.passMark"));
        }
        return errors;
    }
}
