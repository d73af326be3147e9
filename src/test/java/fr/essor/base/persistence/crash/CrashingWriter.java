package fr.essor.base.persistence.crash;

import fr.essor.HeadlessEssor;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MilestoneService;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Runs in a child JVM that a test or the crash benchmark kills with SIGKILL. It starts Essor, gives each
 * writer thread a deployment of its own, then saves measurements through {@link MilestoneService} and
 * appends each one the service acknowledged to a journal: a line is written only after the save returned,
 * with one unbuffered write, so what the journal holds is what a user was told had been saved.
 *
 * <p>Arguments: {@code journal threads mode [Spring arguments…]}, where mode is {@code idle} (start, then
 * wait), {@code burst:N} (N saves per thread, then wait), {@code loop} (save until killed) or
 * {@code timed:S} (save for S seconds, print the commits, exit).
 */
public final class CrashingWriter {

    public static final String READY = "READY";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED ";
    public static final String COMMITS = "COMMITS ";

    private final MilestoneService milestones;
    private final FileChannel journal;
    private final AtomicLong acknowledged = new AtomicLong();

    private CrashingWriter(MilestoneService milestones, FileChannel journal) {
        this.milestones = milestones;
        this.journal = journal;
    }

    public static void main(String[] args) throws Exception {
        Path journalFile = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        String mode = args[2];
        ConfigurableApplicationContext essor = HeadlessEssor.start(Arrays.copyOfRange(args, 3, args.length));
        try (FileChannel journal = FileChannel.open(journalFile,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            CrashingWriter writer = new CrashingWriter(essor.getBean(MilestoneService.class), journal);
            if (mode.equals("idle")) {
                System.out.println(READY);
                Thread.sleep(Long.MAX_VALUE);
            }
            List<Long> deployments = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                deployments.add(newDeployment(essor.getBean(DeploymentService.class)));
            }
            System.out.println(READY);
            writer.run(mode, deployments);
        }
        essor.close();
    }

    private void run(String mode, List<Long> deployments) throws Exception {
        long perThread = mode.startsWith("burst:") ? Long.parseLong(mode.substring(6)) : Long.MAX_VALUE;
        long until = mode.startsWith("timed:") ? System.nanoTime() + Long.parseLong(mode.substring(6)) * 1_000_000_000L : Long.MAX_VALUE;
        long started = System.nanoTime();
        List<Thread> running = new ArrayList<>();
        for (long deployment : deployments) {
            // Each writer is the signed-in admin, as the thread that started Essor.
            running.add(Thread.ofPlatform().start(
                    new DelegatingSecurityContextRunnable(() -> write(deployment, perThread, until))));
        }
        for (Thread thread : running) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (mode.startsWith("timed:")) {
            System.out.printf(java.util.Locale.ROOT, "%s%d %.3f%n", COMMITS, acknowledged.get(), seconds);
            return;
        }
        System.out.println(ACKNOWLEDGED + acknowledged.get());
        Thread.sleep(Long.MAX_VALUE); // waits for the kill
    }

    private void write(long deploymentId, long count, long untilNanos) {
        for (long n = 0; n < count && System.nanoTime() < untilNanos; n++) {
            AcknowledgedWrite write = AcknowledgedWrite.number(deploymentId, n);
            Measurement measurement = new Measurement();
            measurement.setDate(PartialDate.ofDay(write.day()));
            measurement.setCountryCode(write.countryCode());
            measurement.setActiveUsers(write.activeUsers());
            milestones.saveMeasurement(deploymentId, measurement, null);
            // Only now has the user been told: the journal line is the acknowledgement.
            journal(write.line());
            acknowledged.incrementAndGet();
        }
    }

    private void journal(String line) {
        try {
            journal.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("journal not written", e);
        }
    }

    private static long newDeployment(DeploymentService service) {
        Deployment deployment = new Deployment();
        deployment.setOrganisation("Crash writer " + UUID.randomUUID());
        deployment.setHeadcount(AcknowledgedWrite.HEADCOUNT);
        deployment.setLaunch(PartialDate.ofDay(LocalDate.of(1999, 12, 1)));
        return service.save(deployment).getId();
    }
}
