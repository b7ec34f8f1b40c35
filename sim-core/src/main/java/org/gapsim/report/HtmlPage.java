package org.gapsim.report;

import org.gapsim.report.map.Svg;

/**
 * A self-contained HTML page: inline CSS, inline SVG figures, no script, font, style sheet or image fetched from
 * anywhere, so it opens in any browser without a network. Text is escaped; figures are inserted as given.
 */
public final class HtmlPage {
    private static final String CSS = """
            body{font-family:"DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif;margin:24px auto;max-width:1300px;
            color:#111;line-height:1.4;padding:0 16px}
            h1{font-size:26px;margin-bottom:4px}h2{font-size:20px;margin-top:36px;border-bottom:2px solid #0072B2;
            padding-bottom:3px}h3{font-size:16px}
            table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
            th,td{border:1px solid #bbb;padding:3px 7px;text-align:right;vertical-align:top}
            th{background:#f0f4f8}td.l,th.l{text-align:left}
            figure{margin:12px 0 24px}figcaption{font-size:13px;color:#333;max-width:1100px}
            svg{max-width:100%;height:auto;display:block}
            .note{font-size:13px;color:#333}.warn{color:#a03c00;font-weight:bold}
            code,pre{font-family:"DejaVu Sans Mono","Liberation Mono",monospace;font-size:12px}
            pre{background:#f6f6f6;padding:8px;overflow-x:auto;white-space:pre}
            nav a{margin-right:14px}
            @media print{body{max-width:none;margin:0}h2{break-before:auto}figure{break-inside:avoid}}
            """;

    private final StringBuilder b = new StringBuilder(1 << 16);

    /**
     * Starts a page.
     *
     * @param title its title
     */
    public HtmlPage(String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
    }

    /**
     * @param tag  element name
     * @param text text (escaped)
     * @return this
     */
    public HtmlPage el(String tag, String text) {
        b.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * @param tag  element name
     * @param id   id attribute
     * @param text text (escaped)
     * @return this
     */
    public HtmlPage el(String tag, String id, String text) {
        b.append('<').append(tag).append(" id=\"").append(esc(id)).append("\">").append(esc(text)).append("</")
                .append(tag).append(">\n");
        return this;
    }

    /**
     * @param html markup inserted as is (the caller escapes what it holds)
     * @return this
     */
    public HtmlPage raw(String html) {
        b.append(html).append('\n');
        return this;
    }

    /**
     * A figure: an inline SVG with a caption.
     *
     * @param id      figure id
     * @param svg     an SVG document (its XML declaration, if any, is dropped)
     * @param caption caption (escaped)
     * @return this
     */
    public HtmlPage figure(String id, String svg, String caption) {
        String s = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2) : svg;
        b.append("<figure id=\"").append(esc(id)).append("\">\n").append(s.strip()).append("\n<figcaption>")
                .append(esc(caption)).append("</figcaption>\n</figure>\n");
        return this;
    }

    /**
     * A table.
     *
     * @param header    column headers
     * @param rows      cells (escaped)
     * @param leftCols  how many leading columns are left-aligned text
     * @return this
     */
    public HtmlPage table(java.util.List<String> header, java.util.List<java.util.List<String>> rows, int leftCols) {
        b.append("<table>\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            b.append(i < leftCols ? "<th class=\"l\">" : "<th>").append(esc(header.get(i))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (java.util.List<String> r : rows) {
            b.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                b.append(i < leftCols ? "<td class=\"l\">" : "<td>").append(esc(r.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return this;
    }

    /** @return the finished page */
    public String finish() {
        return b + "</body>\n</html>\n";
    }

    /**
     * @param s text
     * @return it escaped for HTML text and attributes
     */
    public static String esc(String s) {
        return Svg.escape(s == null ? "" : s);
    }
}
