#include "deputies/RosterFileReader.h"

#include "io/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace zt {

namespace {

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Excel and WPS on Chinese Windows save "CSV" in the ANSI code page, i.e. GBK (a subset of GB18030).
    // Qt 6.4 reaches GB18030 through ICU (Debian's Qt links it); without ICU keep the UTF-8 reading.
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return text;
    return gb(bytes);
}

} // namespace

QList<SheetRow> RosterFileReader::parseCsv(const QByteArray &bytes)
{
    const QString text = decode(bytes);
    QList<SheetRow> rows;
    QStringList cells;
    QString cell;
    bool inQuotes = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&] {
        cells << cell;
        bool blank = true;
        for (const QString &c : std::as_const(cells))
            blank = blank && c.trimmed().isEmpty();
        if (!blank)
            rows.append({recordLine, cells});
        cells.clear();
        cell.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = text.startsWith(QChar(0xfeff)) ? 1 : 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < n && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
        } else if (c == u',') {
            cells << cell;
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            recordLine = ++line;
        } else if (c == u'"' && cell.trimmed().isEmpty()) {
            cell.clear();
            inQuotes = true;
        } else {
            cell += c; // a quote inside a field is text, as Excel reads it
        }
    }
    if (!cell.isEmpty() || !cells.isEmpty())
        endRecord();
    return rows;
}

Result<QList<SheetRow>> RosterFileReader::read(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        const Result<QList<XlsxReader::Row>> sheet = XlsxReader::readFirstSheet(path);
        if (!sheet)
            return sheet.error();
        QList<SheetRow> rows;
        for (const XlsxReader::Row &r : sheet.value())
            rows.append({r.line, r.cells});
        return rows;
    }
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("txt"))
        return Error{QStringLiteral("roster.unsupported"),
                     tr("%1 is not a roster file: choose a .csv or .xlsx file.").arg(QFileInfo(path).fileName())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("roster.unreadable"),
                     tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return parseCsv(file.readAll());
}

} // namespace zt
