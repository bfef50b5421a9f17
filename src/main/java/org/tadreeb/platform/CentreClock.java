package org.tadreeb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The centre's wall clock. Meetings are planned in the centre's local time ({@code tadreeb.time-zone},
 * default the server's zone), so "today" and "upcoming" are asked of this clock, never of the server's.
 */
@ApplicationScoped
public class CentreClock {

    @Inject
    @ConfigProperty(name = "tadreeb.time-zone")
    Optional<String> timeZone;

    private Clock clock;

    @PostConstruct
    void configure() {
        clock = Clock.system(timeZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
