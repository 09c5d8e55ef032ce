package org.seedbed.print.control;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Lays out XHTML as PDF. Chinese needs a font with CJK glyphs embedded in the file: the PDF
 * renderer takes TrueType outlines only (not the CFF outlines of Noto CJK or Source Han), so
 * the font is {@code SEEDBED_PDF_FONT} when set, else the first of the usual system places
 * holding one (Debian's fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming,
 * fonts-droid-fallback). Documents name the family {@value #CJK_FAMILY}.
 */
@ApplicationScoped
public class PdfDocuments {

    public static final String CJK_FAMILY = "seedbed-cjk";

    private static final Logger LOG = Logger.getLogger(PdfDocuments.class);

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new RendererLog());
    }

    private static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc");

    private volatile Optional<Path> font;

    /** The PDF of a well-formed XHTML document. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            cjkFont().ifPresent(path -> builder.useFont(path.toFile(), CJK_FAMILY, 400, FontStyle.NORMAL, true));
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** Whether Chinese text will show: false means a machine without any CJK TrueType font. */
    public boolean printsChinese() {
        return cjkFont().isPresent();
    }

    private Optional<Path> cjkFont() {
        Optional<Path> found = font;
        if (found == null) {
            found = locateFont();
            font = found;
        }
        return found;
    }

    private static Optional<Path> locateFont() {
        String configured = System.getenv("SEEDBED_PDF_FONT");
        Stream<String> candidates = configured == null || configured.isBlank()
                ? SYSTEM_FONTS.stream()
                : Stream.concat(Stream.of(configured), SYSTEM_FONTS.stream());
        Optional<Path> found =
                candidates.map(Path::of).filter(Files::isReadable).findFirst();
        found.ifPresentOrElse(
                path -> LOG.infof("PDF documents embed the CJK font %s", path),
                () -> LOG.warn("No CJK TrueType font found: Chinese text in PDF documents will not show. "
                        + "Install fonts-wqy-microhei or set SEEDBED_PDF_FONT to a .ttf/.ttc file."));
        return found;
    }
}
