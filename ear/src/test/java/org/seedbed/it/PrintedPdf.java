package org.seedbed.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF a test received: its text as a reader would copy it, and which fonts travel inside it. */
record PrintedPdf(String text, List<String> embeddedFonts) {

    static PrintedPdf of(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> embedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    PDFontDescriptor descriptor = font instanceof PDType0Font composite
                            ? composite.getDescendantFont().getFontDescriptor()
                            : font.getFontDescriptor();
                    if (descriptor != null && descriptor.getFontFile2() != null) {
                        embedded.add(font.getName());
                    }
                }
            }
            return new PrintedPdf(new PDFTextStripper().getText(document), embedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
