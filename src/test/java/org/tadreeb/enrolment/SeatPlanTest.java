package org.tadreeb.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tadreeb.people.OrganisationType;

/** Which pool a seat comes from: quotas first for their own kind, the general pool for everyone, never past the limit. */
class SeatPlanTest {

    private static final OrganisationType POLICE = OrganisationType.POLICE_UNIT;
    private static final OrganisationType COMMUNITY = OrganisationType.COMMUNITY_ORGANISATION;
    private static final OrganisationType GOVERNMENT = OrganisationType.GOVERNMENT_DEPARTMENT;

    @Test
    void withoutQuotasEverySeatIsGeneralUntilTheLimit() {
        SeatPlan plan = new SeatPlan(2, Map.of(), Map.of());
        assertEquals(Optional.of(SeatPlan.GENERAL), plan.take(POLICE));
        assertEquals(Optional.of(SeatPlan.GENERAL), plan.take(null), "someone without an organisation");
        assertEquals(Optional.empty(), plan.take(GOVERNMENT));
        assertTrue(plan.isFull());
        assertEquals(SeatPlan.GENERAL, plan.waitingPoolFor(POLICE));
    }

    @Test
    void aQuotaIsKeptForItsKindAndItsPeopleAlsoUseGeneralSeats() {
        // 5 seats: 2 for police, 1 for community organisations, 2 general.
        SeatPlan plan = new SeatPlan(5, Map.of(POLICE, 2, COMMUNITY, 1), Map.of());
        assertEquals(Optional.of("POLICE_UNIT"), plan.take(POLICE));
        assertEquals(Optional.of("POLICE_UNIT"), plan.take(POLICE));
        assertEquals(Optional.of(SeatPlan.GENERAL), plan.take(POLICE), "a full quota falls back to the general seats");
        assertEquals(Optional.of(SeatPlan.GENERAL), plan.take(GOVERNMENT));
        assertEquals(Optional.empty(), plan.take(GOVERNMENT), "the general seats are gone; the community seat is kept");
        assertEquals(Optional.empty(), plan.take(POLICE));
        assertFalse(plan.isFull());
        assertEquals(Optional.of("COMMUNITY_ORGANISATION"), plan.take(COMMUNITY));
        assertTrue(plan.isFull());
        assertEquals("POLICE_UNIT", plan.waitingPoolFor(POLICE), "each quota has its own queue");
        assertEquals(SeatPlan.GENERAL, plan.waitingPoolFor(GOVERNMENT));
    }

    @Test
    void aReleasedSeatGoesBackToItsPool() {
        SeatPlan plan = new SeatPlan(3, Map.of(POLICE, 1), Map.of("POLICE_UNIT", 1L, SeatPlan.GENERAL, 2L));
        assertTrue(plan.isFull());
        plan.release("POLICE_UNIT");
        assertEquals(Optional.empty(), plan.take(GOVERNMENT), "the freed seat is a police seat");
        assertEquals(Optional.of("POLICE_UNIT"), plan.take(POLICE));
    }

    @Test
    void enrolmentsLeftInAQuotaThatWasRemovedCountAsGeneral() {
        // Quotas released (empty map) but two trainees still hold seats labelled with their old quota.
        SeatPlan plan = new SeatPlan(3, Map.of(), Map.of("POLICE_UNIT", 2L));
        assertEquals(Optional.of(SeatPlan.GENERAL), plan.take(GOVERNMENT));
        assertEquals(Optional.empty(), plan.take(POLICE));
    }
}
