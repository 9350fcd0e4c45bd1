#pragma once
// One building block of a report document: a heading, a paragraph, a table, a chart or the signature
// lines. The monthly and the annual report are lists of these; writers turn them into HTML, CSV, XLSX.

#include <QString>
#include <QStringList>
#include <QList>

namespace zt {

struct ReportBlock
{
    enum class Kind { Heading, Paragraph, Table, Chart, Signature };

    Kind kind = Kind::Paragraph;
    QString text;        // heading or paragraph text; a table's or chart's caption
    QString key;         // tables and charts: a stable name ("figures", "by_category", "chart_trend")
    QStringList headers; // tables
    QList<QStringList> rows;
    QList<bool> numeric; // per column: right-aligned numbers
    QList<int> widths;   // per column: percent of the line; empty or 0: as the writer chooses
    QList<bool> noWrap;  // per column: kept on one line (case numbers, months)
    QString emptyText;   // what a table with no rows says instead
    QStringList lines;   // signature lines

    static ReportBlock heading(const QString &text)
    {
        ReportBlock b;
        b.kind = Kind::Heading;
        b.text = text;
        return b;
    }
    static ReportBlock paragraph(const QString &text)
    {
        ReportBlock b;
        b.kind = Kind::Paragraph;
        b.text = text;
        return b;
    }
    static ReportBlock chart(const QString &key, const QString &caption)
    {
        ReportBlock b;
        b.kind = Kind::Chart;
        b.key = key;
        b.text = caption;
        return b;
    }
};

} // namespace zt
