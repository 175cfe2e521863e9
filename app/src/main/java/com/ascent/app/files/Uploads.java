package com.ascent.app.files;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Receives uploaded files within {@code ascent.uploads.max-size}: the browser refuses a larger file
 * before sending it; the server refuses it too (for clients that skip the browser's check) and
 * stops reading at the limit. Either way the person gets a message at once, and no partial file
 * is left behind.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final long BYTES_PER_MB = 1024 * 1024;

    private final long maxBytes;

    public Uploads(UploadSettings settings) {
        this.maxBytes = settings.maxSize().toBytes();
    }

    /**
     * Lets {@code upload} take one file into a temporary file. {@code received} gets its name and
     * path on the UI thread and owns the file from then on (deletes it when done); {@code refused}
     * gets the message for a file that is too large or of the wrong type.
     */
    public void toTempFile(Upload upload, BiConsumer<String, Path> received, Consumer<String> refused) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        String tooLarge = upload.getTranslation("files.error.tooLarge", limit());
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(tooLarge)
                .setIncorrectFileType(upload.getTranslation("files.error.type"))));
        upload.addFileRejectedListener(e -> refused.accept(e.getErrorMessage()));
        upload.setUploadHandler(new LimitedHandler(tooLarge, received, refused));
    }

    /** The limit as people read it: "50 MB", or "100 KB" for a small one. */
    String limit() {
        return maxBytes >= BYTES_PER_MB ? maxBytes / BYTES_PER_MB + " MB" : Math.max(1, maxBytes / 1024) + " KB";
    }

    private final class LimitedHandler implements UploadHandler {

        private final String tooLarge;
        private final BiConsumer<String, Path> received;
        private final Consumer<String> refused;

        LimitedHandler(String tooLarge, BiConsumer<String, Path> received, Consumer<String> refused) {
            this.tooLarge = tooLarge;
            this.received = received;
            this.refused = refused;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String name = event.getFileName();
            if (event.getFileSize() > maxBytes) {
                refuse(event, ui);
                return;
            }
            Path file = Files.createTempFile("ascent-upload-", ".tmp");
            boolean handedOver = false;
            try {
                boolean complete;
                try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                    complete = copyAtMost(in, out);
                }
                if (!complete) {
                    refuse(event, ui);
                    return;
                }
                ui.access(() -> received.accept(name, file));
                handedOver = true;
            } catch (UIDetachedException e) {
                log.debug("The screen was closed while a file was uploaded", e);
            } finally {
                if (!handedOver) {
                    Files.deleteIfExists(file);
                }
            }
        }

        /** Copies the upload unless it is larger than the limit; reads at most one byte beyond it. */
        private boolean copyAtMost(InputStream in, OutputStream out) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                copied += read;
                if (copied > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
            return true;
        }

        private void refuse(UploadEvent event, UI ui) {
            event.reject(tooLarge);
            try {
                ui.access(() -> refused.accept(tooLarge));
            } catch (UIDetachedException e) {
                log.debug("The screen was closed while a file was refused", e);
            }
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + UploadConfiguration.ENVELOPE_BYTES;
        }
    }
}
