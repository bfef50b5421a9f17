package org.tadreeb.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tadreeb.platform.AccessDeniedException;

/**
 * Who may see whose record: administrators see everyone; a partner coordinator sees the people of their own
 * organisation only; anyone else sees only themselves.
 */
@ApplicationScoped
public class PeopleAccess {

    @Inject
    AccountRepository accounts;

    /** The search as this caller may run it: a coordinator's is held to their organisation. */
    @Transactional
    public PersonSearch limit(String username, PersonSearch search) {
        Account caller = accounts.getByUsername(username);
        if (caller.hasRole(Role.ADMINISTRATOR)) {
            return search;
        }
        if (caller.hasRole(Role.COORDINATOR) && caller.getCoordinatorOf() != null) {
            return new PersonSearch(search.text(), search.organisationId(), search.governorateCode(),
                    search.activeOnly(), caller.getCoordinatorOf().getId());
        }
        throw new AccessDeniedException();
    }

    @Transactional
    public void checkCanSee(String username, Person person) {
        Account caller = accounts.getByUsername(username);
        boolean self = caller.getPerson().getId().equals(person.getId());
        boolean administrator = caller.hasRole(Role.ADMINISTRATOR);
        boolean coordinatorOfTheirOrganisation = caller.hasRole(Role.COORDINATOR) && caller.getCoordinatorOf() != null
                && person.getOrganisation() != null && caller.getCoordinatorOf().getId().equals(person.getOrganisation().getId());
        if (!(self || administrator || coordinatorOfTheirOrganisation)) {
            throw new AccessDeniedException();
        }
    }
}
