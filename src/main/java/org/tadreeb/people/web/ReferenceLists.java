package org.tadreeb.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tadreeb.people.Gender;
import org.tadreeb.people.Governorate;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.people.Rank;
import org.tadreeb.people.ReferenceData;
import org.tadreeb.platform.i18n.Language;

/** The managed lists for the pages' drop-downs ({@code #{referenceLists...}}), read once per request. */
@Named
@RequestScoped
public class ReferenceLists {

    @Inject
    ReferenceData referenceData;

    private List<Organisation> organisations;
    private List<Governorate> governorates;
    private List<Rank> ranks;

    public List<Organisation> getOrganisations() {
        if (organisations == null) {
            organisations = referenceData.organisations();
        }
        return organisations;
    }

    public List<Governorate> getGovernorates() {
        if (governorates == null) {
            governorates = referenceData.governorates();
        }
        return governorates;
    }

    public List<Rank> getRanks() {
        if (ranks == null) {
            ranks = referenceData.ranks();
        }
        return ranks;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }
}
