package fr.essor.base.ui;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload that holds its size limit on the server, whatever the browser was told. Vaadin's Upload sends
 * the file as the raw body of its request, and Vaadin checks no limit on such a body (only on multipart
 * ones): a 200 MB body sent past the page's check was read whole. Here a body that announces more than
 * the limit is refused before a byte is read, and one that does not say its length (chunked) is copied to
 * a temporary file only until it passes the limit. Either way the browser gets 413 and the page is told.
 */
public final class BoundedUpload implements UploadHandler {

    /** The rejection's reason, so the answer can say 413 rather than Vaadin's 422 for a refused file. */
    private static final String TOO_LARGE = "too large";

    /** Called on the upload's request thread, without the session's lock: the page takes it with UI.access. */
    public interface Received extends Serializable {
        void file(String fileName, Path file);
    }

    private final long maxBytes;
    private final Received received;
    private final SerializableRunnable tooLarge;

    /**
     * @param received given the whole file, in a temporary file it then owns (and deletes)
     * @param tooLarge told that a file was refused for its size, on the upload's request thread
     */
    public BoundedUpload(long maxBytes, Received received, SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        // The body's Content-Length for a raw upload, the part's size for a multipart one; -1 when unsaid.
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        Path file = Files.createTempFile("essor-upload-", ".tmp");
        try {
            boolean whole;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                whole = copyAtMost(in, out, maxBytes);
            }
            if (!whole) {
                Files.delete(file);
                refuse(event);
                return;
            }
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        received.file(event.getFileName(), file);
    }

    /** @return false as soon as the input holds more than the limit (one byte more is read, no more) */
    private static boolean copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            copied += read;
            if (copied > limit) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return true;
    }

    private void refuse(UploadEvent event) {
        event.reject(TOO_LARGE);
        tooLarge.run();
    }

    @Override
    public void responseHandled(UploadResult result) {
        if (result.exception() == null && result.rejectedFiles().stream().anyMatch(file -> TOO_LARGE.equals(file.reason()))) {
            VaadinResponse response = result.response();
            response.setStatus(413); // Content Too Large: the browser shows the upload as failed
            return;
        }
        UploadHandler.super.responseHandled(result);
    }
}
