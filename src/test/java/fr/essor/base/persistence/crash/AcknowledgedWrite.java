package fr.essor.base.persistence.crash;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One measurement the crashing writer saved and was told was saved. The n-th write of a deployment is a
 * fixed function of n, so a journal line can be checked against the database: five rows a day, the whole
 * network and four countries, which makes the daily rollup sum country rows as it does for real exports.
 */
record AcknowledgedWrite(long deploymentId, LocalDate day, @Nullable String countryCode, int activeUsers) {

    static final int HEADCOUNT = 1_000_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final String[] COUNTRIES = {null, "FR", "DE", "US", "BR"};
    private static final String WHOLE_NETWORK = "-";

    static AcknowledgedWrite number(long deploymentId, long n) {
        return new AcknowledgedWrite(deploymentId, FIRST_DAY.plusDays(n / COUNTRIES.length),
                COUNTRIES[(int) (n % COUNTRIES.length)], 1 + (int) ((n * 7919) % 50_000));
    }

    String line() {
        return deploymentId + ";" + day + ";" + (countryCode == null ? WHOLE_NETWORK : countryCode) + ";" + activeUsers;
    }

    static AcknowledgedWrite parse(String line) {
        String[] parts = line.split(";");
        return new AcknowledgedWrite(Long.parseLong(parts[0]), LocalDate.parse(parts[1]),
                parts[2].equals(WHOLE_NETWORK) ? null : parts[2], Integer.parseInt(parts[3]));
    }
}
