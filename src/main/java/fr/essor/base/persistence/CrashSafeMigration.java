package fr.essor.base.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Applies the migrations to the embedded H2 file so that a kill half-way leaves nothing half-done. H2
 * commits each DDL statement on its own, so a process killed inside a migration (on a fresh install, in
 * the first seconds of the first start) left tables that Flyway had not recorded, and every later start
 * failed ("Table DEPLOYMENT already exists"). Before pending migrations run, the file is copied aside
 * with H2's consistent online BACKUP and a marker is written; the marker goes once all have run. A start
 * that finds the marker puts the copy back (or, on a fresh install, starts from no file) and runs them
 * again. PostgreSQL runs each migration in a transaction and gets a plain migrate.
 */
@Component
class CrashSafeMigration implements FlywayMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(CrashSafeMigration.class);
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String FRESH_INSTALL = "fresh install";

    private final String url;

    CrashSafeMigration(DataSourceProperties dataSource) {
        this.url = Objects.requireNonNullElse(dataSource.getUrl(), "");
    }

    @Override
    public void migrate(Flyway flyway) {
        Optional<Path> database = h2Database(url);
        if (database.isEmpty()) {
            flyway.migrate();
            return;
        }
        try {
            migrateSafely(flyway, database.get());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not migrate " + database.get() + " safely", e);
        }
    }

    private static void migrateSafely(Flyway flyway, Path database) throws IOException, SQLException {
        Files.createDirectories(database.toAbsolutePath().getParent()); // a new data folder, as H2 would make it
        Path file = sibling(database, ".mv.db");
        Path marker = sibling(database, ".migrating");
        Path backup = sibling(database, ".before-migration.zip");
        if (Files.exists(marker)) {
            // Nothing has opened the file yet in this process: it can be replaced.
            restore(Files.readString(marker).strip(), file, backup);
            Files.delete(marker);
        }
        boolean fresh = !Files.exists(file);
        if (!fresh && flyway.info().pending().length == 0) {
            flyway.migrate(); // runs the after-migrate callbacks
            return;
        }
        if (!fresh) {
            try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
                 Statement sql = connection.createStatement()) {
                sql.execute("backup to '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        }
        Path written = sibling(database, ".migrating.new");
        Files.writeString(written, fresh ? FRESH_INSTALL : backup.toString());
        Files.move(written, marker, StandardCopyOption.ATOMIC_MOVE);
        flyway.migrate();
        Files.delete(marker);
        Files.deleteIfExists(backup);
    }

    private static void restore(String from, Path file, Path backup) throws IOException {
        LOG.warn("The last start was stopped while migrating {}: putting back the {} and migrating again",
                file, from.equals(FRESH_INSTALL) ? "empty database of a fresh install" : "copy taken before");
        Files.deleteIfExists(file);
        Files.deleteIfExists(sibling(file, ".trace.db"));
        if (from.equals(FRESH_INSTALL)) {
            return;
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    copy(zip, file);
                }
            }
        }
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Path written = to.resolveSibling(to.getFileName() + ".restoring");
        Files.copy(in, written, StandardCopyOption.REPLACE_EXISTING);
        Files.move(written, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the database path of an H2 file URL ({@code jdbc:h2:file:./data/essor;…}), without its suffix. */
    static Optional<Path> h2Database(String url) {
        if (!url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String path = url.substring(H2_FILE.length());
        int settings = path.indexOf(';');
        return Optional.of(Path.of(settings < 0 ? path : path.substring(0, settings)));
    }

    private static Path sibling(Path database, String suffix) {
        String name = database.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
        }
        return database.resolveSibling(name + suffix);
    }
}
