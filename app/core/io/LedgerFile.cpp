#include "io/LedgerFile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace zt {

namespace {

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

QString decode(const QByteArray &bytes, bool *ok)
{
    *ok = true;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb(bytes);
        if (!gb.hasError())
            return text;
    }
    *ok = false;
    return {};
}

} // namespace

QList<XlsxReader::Row> LedgerFile::parseCsv(const QString &text)
{
    // Lenient RFC 4180: quoted fields may hold commas, "" and line breaks; a record may have any number of
    // fields (people's files are ragged); a stray quote inside an unquoted field is kept as text.
    QList<XlsxReader::Row> rows;
    XlsxReader::Row row{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endField = [&] {
        row.cells << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(row.cells))
            rows << row;
        row = XlsxReader::Row{line, {}};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.cells.isEmpty() || !field.isEmpty())
        endRecord();
    return rows;
}

Result<LedgerFile::Content> LedgerFile::read(const QString &path)
{
    QList<XlsxReader::Row> rows;
    const QString shown = QFileInfo(path).absoluteFilePath();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io.file_unreadable"), tr("The file %1 cannot be opened.").arg(shown)};
    const QByteArray head = f.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        f.close();
        auto sheet = XlsxReader::readFirstSheet(path);
        if (!sheet)
            return sheet.error();
        rows = std::move(sheet.value());
    } else {
        if (f.size() > 256LL * 1024 * 1024)
            return Error{QStringLiteral("io.file_unreadable"), tr("The file %1 is too large for a ledger.").arg(shown)};
        bool ok = false;
        const QString text = decode(f.readAll(), &ok);
        if (!ok)
            return Error{QStringLiteral("io.file_unreadable"),
                         tr("The file %1 is neither an .xlsx workbook nor a CSV file in UTF-8 or GB18030 text.")
                             .arg(shown)};
        rows = parseCsv(text);
    }
    if (rows.isEmpty())
        return Error{QStringLiteral("io.no_header"), tr("The file %1 has no rows.").arg(shown)};
    Content content;
    content.header = rows.takeFirst();
    for (QString &h : content.header.cells)
        h = h.trimmed();
    content.rows = std::move(rows);
    return content;
}

} // namespace zt
