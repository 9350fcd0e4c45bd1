#include "reports/HtmlReportWriter.h"

namespace zt {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

void writeTable(QString &h, const ReportBlock &b)
{
    if (!b.text.isEmpty())
        h += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(esc(b.text));
    if (b.rows.isEmpty()) {
        h += QStringLiteral("<p class=\"body\">%1</p>\n").arg(esc(b.emptyText));
        return;
    }
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>");
    for (int i = 0; i < b.headers.size(); ++i) {
        if (b.widths.value(i) > 0) // a table that says how to share the line (long sentences, case numbers)
            h += QStringLiteral("<th align=\"center\" width=\"%1%\">%2</th>").arg(b.widths.at(i)).arg(esc(b.headers.at(i)));
        else
            // Numbers take little room: the names and titles get the rest of the line.
            h += (b.numeric.value(i) ? QStringLiteral("<th align=\"center\" width=\"12%\">%1</th>")
                                     : QStringLiteral("<th align=\"center\">%1</th>"))
                     .arg(esc(b.headers.at(i)));
    }
    h += QStringLiteral("</tr></thead>\n");
    for (const QStringList &row : b.rows) {
        h += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            // Qt's rich text keeps a line whole only for a block that is nowrap: <nobr> inside the cell is
            // ignored, and a case number broke at its hyphens in a narrow column.
            h += QStringLiteral("<td align=\"%1\"%2>%3</td>")
                     .arg(b.numeric.value(i) ? QStringLiteral("right") : QStringLiteral("left"),
                          b.noWrap.value(i) ? QStringLiteral(" style=\"white-space:nowrap\"") : QString(),
                          esc(row.at(i)));
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");
}

} // namespace

QString HtmlReportWriter::write(const ReportDocument &doc, const Options &options)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1 %2</title>\n")
             .arg(esc(doc.title), esc(doc.subtitle));
    // 公文: the title in a bold serif (小标宋), body text in a serif (仿宋), headings in a sans (黑体).
    h += QStringLiteral(
        "<style>\n"
        "body { font-family: 'Noto Serif CJK SC', 'Noto Serif SC', serif; font-size: 12pt; }\n"
        "h1 { font-family: 'Noto Serif CJK SC', serif; font-size: 20pt; font-weight: bold; text-align: center; "
        "margin-bottom: 0; }\n"
        "h2 { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; font-weight: bold; text-align: center; "
        "margin-top: 4pt; }\n"
        "h3 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 13pt; font-weight: bold; margin-top: 14pt; }\n"
        "p.body { text-indent: 24pt; line-height: 150%; }\n"
        "p.caption { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; font-weight: bold; "
        "margin-top: 8pt; }\n"
        "table.grid { font-size: 10.5pt; border-collapse: collapse; border-color: #000000; }\n"
        "th { font-family: 'Noto Sans CJK SC', sans-serif; background-color: #eeeeee; }\n"
        "p.signature { margin-top: 10pt; }\n"
        "</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n<h2>%2</h2>\n").arg(esc(doc.title), esc(doc.subtitle));
    for (const ReportBlock &b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::Paragraph:
            h += QStringLiteral("<p class=\"body\">%1</p>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::Table:
            writeTable(h, b);
            break;
        case ReportBlock::Kind::Chart:
            if (options.charts)
                h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n")
                         .arg(chartUrl(b.key))
                         .arg(options.chartWidth)
                         .arg(esc(b.text));
            break;
        case ReportBlock::Kind::Signature:
            h += QStringLiteral("<br>\n");
            for (const QString &line : b.lines)
                h += QStringLiteral("<p class=\"signature\" align=\"right\">%1%2</p>\n")
                         .arg(esc(line), QString(line.endsWith(QLatin1Char(':')) || line.endsWith(QChar(0xFF1A))
                                                     ? QStringLiteral("&nbsp;______________________")
                                                     : QString()));
            break;
        }
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace zt
