#include "io/XlsxReader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <unzip.h>

namespace zt {

namespace {

// Parts larger than this are refused: a ledger's sheet is a few MB; a zip bomb is not read into memory.
constexpr qint64 kMaxPartBytes = 512LL * 1024 * 1024;
// An Excel worksheet's size: 1,048,576 rows of 16,384 columns (XFD).
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;

class ZipArchive
{
public:
    explicit ZipArchive(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) {}
    ~ZipArchive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    // The part's bytes; nullopt when missing or unreadable.
    std::optional<QByteArray> read(const QString &name)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            qint64(info.uncompressed_size) > kMaxPartBytes)
            return std::nullopt;
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        QByteArray data;
        data.reserve(qsizetype(info.uncompressed_size));
        char buf[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(m_zip, buf, sizeof buf)) > 0) {
            data.append(buf, n);
            if (data.size() > kMaxPartBytes)
                break;
        }
        const int closed = unzCloseCurrentFile(m_zip); // UNZ_CRCERROR when the data is damaged
        if (n < 0 || closed != UNZ_OK || data.size() > kMaxPartBytes)
            return std::nullopt;
        return data;
    }

private:
    unzFile m_zip;
};

// "AB12" -> 27 (0-based column); -1 when there are no letters.
int columnOf(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < 'A' || u > 'Z')
            break;
        col = col * 26 + (u - 'A' + 1);
        ++letters;
        if (col > kMaxColumns) // stop before a long run of letters overflows
            return -1;
    }
    return letters == 0 ? -1 : col - 1;
}

// Text of every <t> under the current element, leaving phonetic guides (<rPh>) out.
QString textUnder(QXmlStreamReader &xml)
{
    QString out;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                out += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return out;
}

// The first sheet's part name, from the workbook and its relationships.
QString firstSheetPart(ZipArchive &zip)
{
    const auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return {};
    QString relId;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd() && relId.isEmpty()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == QLatin1String("id") && a.prefix() == QLatin1String("r"))
                    relId = a.value().toString();
            if (relId.isEmpty())
                relId = xml.attributes().value(QStringLiteral("r:id")).toString();
        }
    }
    const auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relId.isEmpty() && rels) {
        QXmlStreamReader r(*rels);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("Relationship") &&
                r.attributes().value(QStringLiteral("Id")) == relId) {
                const QString target = r.attributes().value(QStringLiteral("Target")).toString();
                // Relative to xl/, or absolute from the package root.
                return target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                            : QDir::cleanPath(QStringLiteral("xl/") + target);
            }
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

} // namespace

Result<QList<XlsxReader::Row>> XlsxReader::readFirstSheet(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto unreadable = [&](const QString &why) {
        return Error{QStringLiteral("io.xlsx_unreadable"),
                     tr("The workbook %1 cannot be read: %2. Save it again in Excel or WPS as an .xlsx workbook.")
                         .arg(shown, why)};
    };
    if (!QFileInfo(path).isFile())
        return unreadable(tr("there is no such file"));
    ZipArchive zip(path);
    if (!zip.isOpen())
        return unreadable(tr("it is not an .xlsx workbook"));
    const QString sheetPart = firstSheetPart(zip);
    if (sheetPart.isEmpty())
        return unreadable(tr("it holds no workbook"));
    QStringList strings;
    if (const auto shared = zip.read(QStringLiteral("xl/sharedStrings.xml"))) {
        const auto parsed = parseSharedStrings(*shared);
        if (!parsed)
            return unreadable(parsed.error().message);
        strings = parsed.value();
    }
    const auto sheet = zip.read(sheetPart);
    if (!sheet)
        return unreadable(tr("it holds no worksheet"));
    const auto rows = parseSheet(*sheet, strings);
    if (!rows)
        return unreadable(rows.error().message);
    return rows;
}

Result<QStringList> XlsxReader::parseSharedStrings(const QByteArray &data)
{
    QStringList out;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            out << textUnder(xml);
    }
    if (xml.hasError())
        return Error{QStringLiteral("io.xlsx_unreadable"), tr("its text table is damaged")};
    return out;
}

Result<QList<XlsxReader::Row>> XlsxReader::parseSheet(const QByteArray &data, const QStringList &strings)
{
    const auto damaged = [](const QString &why) { return Error{QStringLiteral("io.xlsx_unreadable"), why}; };
    QList<Row> rows;
    QXmlStreamReader xml(data);
    Row row;
    int nextRowNumber = 1;
    bool inRow = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = xml.attributes().value(QStringLiteral("r")).toInt(&ok);
            // Excel's last row is 1,048,576; a larger number is a damaged file (and would overflow below).
            if (ok && r > kMaxRows)
                return damaged(tr("row number %1 is beyond the last row of a worksheet").arg(r));
            row = Row{ok && r > 0 ? r : nextRowNumber, {}};
            if (row.line > kMaxRows)
                return damaged(tr("it has more rows than a worksheet can hold"));
            inRow = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            inRow = false;
            nextRowNumber = row.line + 1;
            bool any = false;
            for (const QString &c : std::as_const(row.cells))
                any = any || !c.trimmed().isEmpty();
            if (any)
                rows.append(row);
        } else if (inRow && xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QString type = xml.attributes().value(QStringLiteral("t")).toString();
            int col = columnOf(xml.attributes().value(QStringLiteral("r")));
            if (col < 0)
                col = int(row.cells.size());
            if (col >= kMaxColumns)
                return damaged(tr("row %1 has more columns than a worksheet can hold").arg(row.line));
            QString value;
            QString raw;
            bool hasRaw = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    raw = xml.readElementText();
                    hasRaw = true;
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    value = textUnder(xml);
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = raw.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size())
                    return damaged(tr("row %1 refers to text that is not in the workbook").arg(row.line));
                value = strings.at(index);
            } else if (type == QLatin1String("b")) {
                value = raw.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type != QLatin1String("inlineStr") && hasRaw) {
                value = raw; // n, str (a formula's text), e (#N/A), d (ISO date)
            }
            while (row.cells.size() <= col)
                row.cells << QString();
            row.cells[col] = value;
        }
    }
    if (xml.hasError())
        return damaged(tr("its worksheet is damaged (%1)").arg(xml.errorString()));
    return rows;
}

} // namespace zt
