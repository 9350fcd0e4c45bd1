#include "reports/XlsxReportWriter.h"

#include <QDir>
#include <QSet>
#include <xlsxwriter.h>

namespace zt {

namespace {

// Excel's sheet names: at most 31 characters, none of []:*?/\, unique.
QString sheetName(QString name, QSet<QString> &used)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char(' ');
    name = name.trimmed().left(28);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString candidate = name;
    for (int i = 2; used.contains(candidate); ++i)
        candidate = name + QStringLiteral(" %1").arg(i);
    used.insert(candidate);
    return candidate;
}

// Numeric columns only: "37.5%" becomes 0.375 shown as a percentage, "12" a number, "—" stays text.
void writeCell(lxw_worksheet *sheet, int row, int col, const QString &text, lxw_format *percent)
{
    bool ok = false;
    if (text.endsWith(QLatin1Char('%'))) {
        const double v = text.chopped(1).toDouble(&ok);
        if (ok) {
            worksheet_write_number(sheet, row, col, v / 100.0, percent);
            return;
        }
    }
    const double v = text.toDouble(&ok);
    if (ok) {
        worksheet_write_number(sheet, row, col, v, nullptr);
        return;
    }
    worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
}

} // namespace

Status XlsxReportWriter::write(const ReportDocument &doc, const QString &path)
{
    const QByteArray file = QDir::toNativeSeparators(path).toLocal8Bit();
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Error{QStringLiteral("report.xlsx_failed"), tr("Could not create the workbook %1.").arg(path)};
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");
    QSet<QString> used;

    lxw_worksheet *figures = workbook_add_worksheet(book, sheetName(tr("Figures"), used).toUtf8().constData());
    worksheet_write_string(figures, 0, 0, (doc.title + QLatin1Char(' ') + doc.subtitle).toUtf8().constData(), bold);
    const QStringList header{tr("Figure"), tr("Value"), tr("Previous period"), tr("Same period last year")};
    for (int i = 0; i < header.size(); ++i)
        worksheet_write_string(figures, 2, i, header.at(i).toUtf8().constData(), bold);
    int row = 3;
    for (const ReportFigure &f : doc.figures) {
        worksheet_write_string(figures, row, 0, f.name.toUtf8().constData(), nullptr);
        writeCell(figures, row, 1, f.value, percent);
        writeCell(figures, row, 2, f.previous, percent);
        writeCell(figures, row, 3, f.lastYear, percent);
        ++row;
    }
    worksheet_set_column(figures, 0, 0, 40, nullptr);
    worksheet_set_column(figures, 1, 3, 16, nullptr);

    QString heading;
    for (const ReportBlock &b : doc.blocks) {
        if (b.kind == ReportBlock::Kind::Heading)
            heading = b.text;
        if (b.kind != ReportBlock::Kind::Table || b.key == QLatin1String("figures"))
            continue;
        lxw_worksheet *sheet =
            workbook_add_worksheet(book, sheetName(b.text.isEmpty() ? heading : b.text, used).toUtf8().constData());
        for (int i = 0; i < b.headers.size(); ++i) {
            worksheet_write_string(sheet, 0, i, b.headers.at(i).toUtf8().constData(), bold);
            worksheet_set_column(sheet, i, i, b.numeric.value(i) ? 12 : 24, nullptr);
        }
        int r = 1;
        for (const QStringList &cells : b.rows) {
            for (int i = 0; i < cells.size(); ++i) {
                if (b.numeric.value(i))
                    writeCell(sheet, r, i, cells.at(i), percent);
                else
                    worksheet_write_string(sheet, r, i, cells.at(i).toUtf8().constData(), nullptr);
            }
            ++r;
        }
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        return Error{QStringLiteral("report.xlsx_failed"), tr("Could not write the workbook %1.").arg(path)};
    return {};
}

} // namespace zt
