// libFuzzer target: the strict CSV reader (reference data; the ledger import builds on the same rules).
// Any bytes must give rows or an error naming the line, and rows must have the header's width.

#include "refdata/CsvReader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList header{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("parent")};
    const auto rows = zt::CsvReader::parse(bytes, header, QStringLiteral("fuzz.csv"));
    if (rows) {
        for (const zt::CsvReader::Row &row : rows.value())
            if (row.fields.size() != header.size() || row.line < 2)
                std::abort();
    } else if (!rows.error().message.contains(QLatin1String("fuzz.csv"))) {
        std::abort(); // the message must name the file
    }
    return 0;
}
