package fr.essor.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import fr.essor.KaribuTest;
import fr.essor.exchange.service.DocumentImport;
import fr.essor.exchange.service.DocumentReader;
import jakarta.servlet.ServletInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * "Import an export (JSON)" sent as Vaadin's Upload sends it, a raw body, by a script that skips the page's
 * 50 MB check: the server refuses it with 413 and the page says why, without holding the file in memory.
 */
class RawUploadLimitTest extends KaribuTest {

    private static final long MB = 1024 * 1024;

    @Autowired
    DocumentReader reader;
    @Autowired
    DocumentImport importer;

    /** 200 MB of spaces made as they are read, counting what the server took. */
    private static final class Generated extends InputStream {
        private final long size;
        final AtomicLong read = new AtomicLong();

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read.get() < size ? (read.incrementAndGet() > 0 ? ' ' : -1) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long left = size - read.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            read.addAndGet(n);
            return n;
        }
    }

    private MockHttpServletResponse upload(Generated body, boolean sayLength) throws Exception {
        UI ui = UI.getCurrent();
        var handler = ImportUploads.handler(ui, reader, importer, id -> { });
        Upload upload = new Upload(handler);
        ui.add(upload);
        MockHttpServletRequest raw = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/upload") {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }

            @Override
            public long getContentLengthLong() {
                return sayLength ? body.size : -1;
            }
        };
        raw.setContentType("application/json");
        raw.addHeader("X-Filename", "huge.json");
        MockHttpServletResponse response = new MockHttpServletResponse();
        VaadinServletService service = (VaadinServletService) VaadinSession.getCurrent().getService();
        long before = System.nanoTime();
        handler.handleRequest(new VaadinServletRequest(raw, service),
                new VaadinServletResponse(response, service), VaadinSession.getCurrent(), upload.getElement());
        System.out.printf("Raw upload of %d MB (%s): %d after reading %.1f MB in %d ms%n", body.size / MB,
                sayLength ? "Content-Length" : "chunked", response.getStatus(), body.read.get() / 1e6, (System.nanoTime() - before) / 1_000_000);
        MockVaadin.clientRoundtrip(false);
        return response;
    }

    @Test
    void a_raw_200_mb_upload_that_says_its_length_is_refused_with_413_before_a_byte_is_read() throws Exception {
        Generated body = new Generated(200 * MB);

        MockHttpServletResponse answer = upload(body, true);

        assertThat(answer.getStatus()).isEqualTo(413);
        assertThat(body.read.get()).isZero();
        assertThat(_find(Span.class, spec -> spec.withText("Ce fichier dépasse 50 Mo, le plus qu’un import accepte."))).hasSize(1);
    }

    @Test
    void a_raw_200_mb_upload_without_a_length_is_refused_with_413_once_past_50_mb() throws Exception {
        Generated body = new Generated(200 * MB);

        MockHttpServletResponse answer = upload(body, false);

        assertThat(answer.getStatus()).isEqualTo(413);
        assertThat(body.read.get()).isLessThanOrEqualTo(50 * MB + 64 * 1024);
        assertThat(_find(Span.class, spec -> spec.withText("Ce fichier dépasse 50 Mo, le plus qu’un import accepte."))).hasSize(1);
    }
}
