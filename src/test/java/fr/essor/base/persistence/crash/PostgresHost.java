package fr.essor.base.persistence.crash;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL server (zonky's binaries from Maven Central) on a data folder that outlives it, run
 * in a JVM of its own so the crash benchmark can kill the server and everything around it with SIGKILL,
 * then start it again on the same folder, as after a power cut.
 *
 * <p>Arguments: {@code dataFolder port synchronousCommit}; prints {@link #READY} once it accepts connections.
 */
public final class PostgresHost {

    static final String READY = "POSTGRES READY";

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(args[1]))
                // zonky turns synchronous_commit off for speed; PostgreSQL's own default, and production's, is on.
                .setServerConfig("synchronous_commit", args[2])
                .setPGStartupWait(Duration.ofMinutes(2))
                .setRegisterShutdownHook(false)
                .start();
        System.out.println(READY);
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts the host and waits until PostgreSQL accepts connections. */
    public static ChildJvm start(Path dataFolder, int port, boolean synchronousCommit, Path log) throws Exception {
        ChildJvm host = ChildJvm.start(PostgresHost.class, log,
                List.of(dataFolder.toString(), Integer.toString(port), synchronousCommit ? "on" : "off"));
        host.await(READY, Duration.ofMinutes(3));
        return host;
    }

    /** SIGKILL to the host JVM, the postmaster and every backend: nothing is flushed or shut down cleanly. */
    public static void killAll(ChildJvm host, Path dataFolder) throws IOException, InterruptedException {
        Path pidFile = dataFolder.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            ProcessHandle.of(postmaster).ifPresent(server -> {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
                server.onExit().join();
            });
        }
        host.kill();
    }

    /** The arguments that point Essor at the server on this port. */
    public static List<String> essorArguments(int port) {
        return List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
