package fr.essor.base.persistence.crash;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For the crash tests only: stops a child JVM's start-up right after a migration's statements ran and
 * before Flyway records it, the moment a kill leaves a half-migrated database, and says so.
 * Active only with {@code essor.test.pause-after-migration=<version>}.
 */
@Component
@ConditionalOnProperty("essor.test.pause-after-migration")
class PauseInMigration implements Callback {

    static final String PAUSED = "PAUSED IN MIGRATION";

    private final String version;

    PauseInMigration(org.springframework.core.env.Environment environment) {
        this.version = environment.getRequiredProperty("essor.test.pause-after-migration");
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (context.getMigrationInfo() != null && version.equals(context.getMigrationInfo().getVersion().getVersion())) {
            System.out.println(PAUSED + " " + version);
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "pause-in-migration";
    }
}
