package com.ascent.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A link that downloads a CSV file written when it is clicked, straight to the browser (UTF-8). */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** The link; {@code content} writes the file, reading whatever the page shows at the moment of the click. */
    public static Anchor link(String text, String fileName, Consumer<Writer> content) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                content.accept(out);
            }
        }, "");
        link.add(VaadinIcon.DOWNLOAD.create());
        link.add(text);
        link.setDownload(true);
        return link;
    }
}
