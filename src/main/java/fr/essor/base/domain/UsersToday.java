package fr.essor.base.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * "Today" as the user lives it: in their time zone (their browser's) when it is known, else in the server's. Date
 * rules ("not in the future", "planned") follow it, so a lead in Auckland can log this morning's figure while the
 * server is still on yesterday.
 */
public final class UsersToday {

    private UsersToday() {
    }

    public static LocalDate of(Clock clock, @Nullable ZoneId usersZone) {
        return LocalDate.now(usersZone == null ? clock : clock.withZone(usersZone));
    }
}
