package org.troika.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** HTML pages (UN ODS and OHCHR publish reports as HTML too): visible text, one line per block element. */
final class HtmlTextReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "section", "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "header", "footer", "td", "th");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head");

    private HtmlTextReader() {
    }

    static DocumentText read(Path file, byte[] bytes) {
        Document html;
        try {
            html = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "not readable as HTML: " + e.getMessage(), e);
        }
        StringBuilder out = new StringBuilder(bytes.length / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideInvisible(text)) {
                    out.append(text.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        }, html.body() == null ? html : html.body());
        String text = out.toString().replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            throw new UnreadableDocumentException(file, "the HTML page has no visible text");
        }
        return new DocumentText(text, "html");
    }

    private static boolean insideInvisible(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && INVISIBLE.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void newline(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
