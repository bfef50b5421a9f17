package org.tadreeb.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tadreeb.course.Category;
import org.tadreeb.course.CategoryDetails;
import org.tadreeb.course.CategoryService;
import org.tadreeb.course.CategorySummary;
import org.tadreeb.platform.web.Feedback;
import org.tadreeb.platform.Code;

/**
 * Backs {@code /admin/categories.xhtml}: the categories in their order with the courses in each, buttons to move
 * one up or down, rename it or delete it, and a form that adds one (or renames the one picked).
 */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/categories.xhtml?faces-redirect=true";

    @Inject
    transient CategoryService categories;

    @Inject
    transient Feedback feedback;

    private transient List<CategorySummary> summaries;
    private String renaming;
    private String code;
    private String nameArabic;
    private String nameEnglish;

    public List<CategorySummary> getCategories() {
        if (summaries == null) {
            summaries = categories.summaries();
        }
        return summaries;
    }

    /** Fills the form with the category's names, to rename it. */
    public void rename(String categoryCode) {
        Category category = categories.get(categoryCode);
        renaming = category.getCode();
        code = category.getCode();
        nameArabic = category.getNameArabic();
        nameEnglish = category.getNameEnglish();
    }

    public String save() {
        CategoryDetails details = new CategoryDetails(code, nameArabic, nameEnglish);
        if (renaming != null) {
            Category renamed = categories.rename(renaming, details);
            feedback.done("categories.renamedNotice", renamed.getCode());
        } else {
            Category added = categories.add(details);
            feedback.done("categories.addedNotice", added.getCode());
        }
        return PAGE;
    }

    public String cancel() {
        return PAGE;
    }

    public String moveUp(String categoryCode) {
        return moved(categories.moveBy(categoryCode, -1));
    }

    public String moveDown(String categoryCode) {
        return moved(categories.moveBy(categoryCode, 1));
    }

    private String moved(Category category) {
        int position = categories.summaries().stream().filter(c -> c.code().equals(category.getCode()))
                .findFirst().map(CategorySummary::position).orElse(0);
        feedback.done("categories.movedNotice", category.getCode(), position);
        return PAGE;
    }

    public String delete(String categoryCode) {
        categories.delete(categoryCode);
        feedback.done("categories.deletedNotice", Code.normalise(categoryCode));
        return PAGE;
    }

    public boolean isRenaming() {
        return renaming != null;
    }

    public String getRenamingCode() {
        return renaming;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public void setNameArabic(String nameArabic) {
        this.nameArabic = nameArabic;
    }

    public String getNameEnglish() {
        return nameEnglish;
    }

    public void setNameEnglish(String nameEnglish) {
        this.nameEnglish = nameEnglish;
    }
}
