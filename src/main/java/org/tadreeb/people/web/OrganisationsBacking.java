package org.tadreeb.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.OrganisationService;
import org.tadreeb.people.OrganisationService.OrganisationDetails;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.people.ReferenceData;
import org.tadreeb.platform.web.Feedback;

/** Backs {@code /admin/organisations.xhtml}: the list, and a form to add one or change the one picked. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisations;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient Feedback feedback;

    private boolean editing;
    private String code;
    private String nameArabic;
    private String nameEnglish;
    private OrganisationType type;
    private String governorateCode;
    private String contactName;
    private String contactPhone;
    private String contactEmail;

    public void edit(String organisationCode) {
        Organisation organisation = referenceData.organisation(organisationCode).orElseThrow();
        editing = true;
        code = organisation.getCode();
        nameArabic = organisation.getNameArabic();
        nameEnglish = organisation.getNameEnglish();
        type = organisation.getType();
        governorateCode = organisation.getGovernorate() == null ? null : organisation.getGovernorate().getCode();
        contactName = organisation.getContactName();
        contactPhone = organisation.getContactPhone();
        contactEmail = organisation.getContactEmail();
    }

    public String save() {
        Organisation saved = organisations.save(new OrganisationDetails(code, nameArabic, nameEnglish, type,
                governorateCode, contactName, contactPhone, contactEmail), !editing);
        feedback.done("organisation.saved", saved.getCode());
        return "/admin/organisations.xhtml?faces-redirect=true";
    }

    public boolean isEditing() {
        return editing;
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

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getGovernorateCode() {
        return governorateCode;
    }

    public void setGovernorateCode(String governorateCode) {
        this.governorateCode = governorateCode;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
