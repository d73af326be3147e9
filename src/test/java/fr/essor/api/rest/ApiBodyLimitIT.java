package fr.essor.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile bodies on a real Tomcat: a script sends far more than an endpoint takes, saying its length or not
 * (chunked). Essor answers 413 with a problem in the caller's language, without reading what it refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBodyLimitIT {

    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    ApiFixture fixture;

    String viewerToken;
    long deploymentId;

    @BeforeEach
    void setUp() {
        viewerToken = fixture.tokenOf("viewer");
        deploymentId = fixture.deploymentOf("admin").getId();
    }

    /** An endless JSON array of measurements, made as it is read: nothing of its size is ever allocated. */
    private static final class GeneratedBatch extends InputStream {
        private static final byte[] LINE = "{\"date\":\"2024-03-01\",\"activeUsers\":100,\"source\":\"probe\"},"
                .getBytes(StandardCharsets.US_ASCII);
        private final long size;
        final AtomicLong sent = new AtomicLong();

        GeneratedBatch(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            long at = sent.get();
            if (at >= size) {
                return -1;
            }
            sent.incrementAndGet();
            return at == 0 ? '[' : LINE[(int) ((at - 1) % LINE.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            for (; n < length; n++) {
                int b = read();
                if (b == -1) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n] = (byte) b;
            }
            return n;
        }
    }

    /** What came back: the status and the raw answer (headers and body) as text. */
    private record Answer(int statusCode, String body) {
    }

    /**
     * Sends the body from its own thread on a plain socket and reads the answer meanwhile: Tomcat answers and
     * closes the connection before a refused body is sent, which HTTP clients report as a broken pipe.
     */
    private Answer post(String path, GeneratedBatch body, boolean sayLength, String language) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + viewerToken
                    + "\r\nContent-Type: application/json\r\nAccept-Language: " + language + "\r\nConnection: close\r\n"
                    + (sayLength ? "Content-Length: " + body.size : "Transfer-Encoding: chunked") + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = body.read(buffer, 0, buffer.length); n > 0; n = body.read(buffer, 0, buffer.length)) {
                        if (!sayLength) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(buffer, 0, n);
                        if (!sayLength) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (!sayLength) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException refusedMidway) {
                    // the server answered and closed: the rest of the body is not wanted
                }
            });
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            sender.interrupt();
            return new Answer(Integer.parseInt(answer.substring(9, 12)), answer);
        }
    }

    /** The first request of a fresh server pays for its start (dispatcher, token check, JIT): not the limit's cost. */
    private void warmUp() throws Exception {
        post("/api/deployments/" + deploymentId + "/measurements", new GeneratedBatch(10), true, "en");
    }

    @Test
    void a_300_mb_batch_that_says_its_length_is_refused_with_413_unread_in_under_a_second() throws Exception {
        warmUp();
        GeneratedBatch body = new GeneratedBatch(300 * MB);
        long start = System.nanoTime();

        Answer refused = post("/api/deployments/" + deploymentId + "/measurements/batch", body, true, "en");

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("300 MB batch with Content-Length: %d in %d ms, %.1f MB sent%n", refused.statusCode(), millis, body.sent.get() / 1e6);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Content-Type: application/problem+json");
        assertThat(refused.body()).contains("\"status\":413", "larger than 4 MB", "\"maxBytes\":4194304");
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void a_300_mb_chunked_batch_is_refused_with_413_once_past_4_mb_and_the_rest_is_never_read() throws Exception {
        warmUp();
        GeneratedBatch body = new GeneratedBatch(300 * MB);
        long start = System.nanoTime();

        Answer refused = post("/api/deployments/" + deploymentId + "/measurements/batch", body, false, "fr");

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("300 MB chunked batch: %d in %d ms, %.1f MB sent%n", refused.statusCode(), millis, body.sent.get() / 1e6);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("dépasse 4 Mo");
        // Its first 4 MB are read and parsed, as a batch that size would be (about 1 s on a busy two-core
        // machine): what matters is that the rest never is. Tomcat discards up to 2 MB more, then hangs up.
        assertThat(body.sent.get()).isLessThan(16 * MB);
    }

    @Test
    void a_document_import_takes_its_own_50_mb_and_a_single_push_64_kb() throws Exception {
        Answer document = post("/api/deployments/import", new GeneratedBatch(51 * MB), true, "en");
        Answer push = post("/api/deployments/" + deploymentId + "/measurements", new GeneratedBatch(65 * 1024), true, "en");

        assertThat(document.statusCode()).isEqualTo(413);
        assertThat(document.body()).contains("larger than 50 MB");
        assertThat(push.statusCode()).isEqualTo(413);
        assertThat(push.body()).contains("larger than 64 KB");
    }

    @Test
    void a_batch_under_its_limit_is_read_and_answered_on_its_merits() throws Exception {
        // A viewer may not push: the body was read (it is under 4 MB) and the rules answered.
        Answer read = post("/api/deployments/" + deploymentId + "/measurements/batch", new GeneratedBatch(MB), true, "en");

        assertThat(read.statusCode()).isIn(400, 403);
    }
}
