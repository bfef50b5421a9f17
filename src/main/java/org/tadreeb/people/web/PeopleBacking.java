package org.tadreeb.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tadreeb.people.PeopleAccess;
import org.tadreeb.people.PersonDirectory;
import org.tadreeb.people.PersonRow;
import org.tadreeb.people.PersonSearch;
import org.tadreeb.people.ReferenceData;

/** Backs {@code /admin/people/index.xhtml}: search and page through everyone the centre knows. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonDirectory directory;

    @Inject
    transient PeopleAccess access;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient SecurityContext security;

    private String text;
    private String organisationCode;
    private String governorateCode;
    private LazyDataModel<PersonRow> people;

    @PostConstruct
    void init() {
        people = new PeoplePages();
    }

    /** Runs the search again from the first page (the table reloads through its lazy model). */
    public void search() {
        // the lazy model reads the current criteria on its next load
    }

    public LazyDataModel<PersonRow> getPeople() {
        return people;
    }

    private PersonSearch currentSearch() {
        Long organisationId = organisationCode == null || organisationCode.isBlank() ? null
                : referenceData.organisation(organisationCode).map(o -> o.getId()).orElse(-1L);
        return access.limit(security.getCallerPrincipal().getName(),
                new PersonSearch(text, organisationId, governorateCode, false, null));
    }

    private final class PeoplePages extends LazyDataModel<PersonRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) directory.count(currentSearch());
        }

        @Override
        public List<PersonRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            PersonDirectory.Page page = directory.search(currentSearch(), first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(PersonRow row) {
            return row.serviceNumber();
        }

        @Override
        public PersonRow getRowData(String rowKey) {
            return directory.findByNumber(rowKey).map(PersonRow::of).orElse(null);
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public String getGovernorateCode() {
        return governorateCode;
    }

    public void setGovernorateCode(String governorateCode) {
        this.governorateCode = governorateCode;
    }
}
