package org.aashray.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that makes the PDF when it is clicked (not when the page is built). */
final class Pdfs {

    private Pdfs() {
    }

    static Anchor link(String text, String fileName, Supplier<byte[]> pdf) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }), text);
        a.getElement().setAttribute("download", fileName);
        return a;
    }
}
