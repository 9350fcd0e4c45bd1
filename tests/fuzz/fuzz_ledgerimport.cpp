// libFuzzer target: the ledger import reads files people made by hand in Excel or WPS. The first byte
// picks the path: CSV text, a worksheet's XML, a shared-strings table, or the whole file (an .xlsx
// through minizip, or a CSV in UTF-8/GB18030). Any bytes must give rows or an error with a code, never a
// crash; every cell then goes through LedgerCells, whose answers must keep their promises.

#include "domain/Codes.h"
#include "io/LedgerCells.h"
#include "io/LedgerFile.h"
#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void readCell(const QString &cell)
{
    if (const auto day = zt::LedgerCells::date(cell))
        check(day->isValid());
    static const QString separators = QStringLiteral("、，,；;/");
    for (const QString &name : zt::LedgerCells::names(cell)) {
        check(!name.isEmpty());
        for (QChar c : name)
            check(!c.isSpace() && !separators.contains(c));
    }
    if (const auto code = zt::LedgerCells::satisfaction(cell))
        check(code->isEmpty() || zt::Satisfaction::all().contains(*code));
    if (const auto days = zt::LedgerCells::workingDays(cell))
        check(*days > 0 && *days < 1000);
}

void readRows(const QList<zt::XlsxReader::Row> &rows)
{
    for (const zt::XlsxReader::Row &row : rows) {
        check(row.line > 0);
        check(row.cells.size() <= 16384);
        for (const QString &cell : row.cells)
            readCell(cell);
    }
}

void readFile(const QByteArray &bytes, const char *suffix)
{
    const QString path = QDir::temp().filePath(QStringLiteral("fuzz_ledgerimport-%1.%2").arg(getpid()).arg(QLatin1String(suffix)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write(bytes);
    file.close();
    const auto content = zt::LedgerFile::read(path);
    QFile::remove(path);
    if (!content) {
        check(!content.error().code.isEmpty());
        return;
    }
    readRows(content->rows);
    readRows({content->header});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        readRows(zt::LedgerFile::parseCsv(QString::fromUtf8(bytes)));
        break;
    case 1: {
        const auto rows = zt::XlsxReader::parseSheet(bytes, {QStringLiteral("2026年9月10日"), QStringLiteral("满意")});
        if (rows)
            readRows(rows.value());
        else
            check(!rows.error().code.isEmpty());
        break;
    }
    case 2: {
        const auto strings = zt::XlsxReader::parseSharedStrings(bytes);
        if (strings)
            for (const QString &s : strings.value())
                readCell(s);
        break;
    }
    case 3:
        readFile(bytes, "xlsx");
        break;
    case 4:
        readFile(bytes, "csv");
        break;
    }
    return 0;
}
