#include "refdata/CsvReader.h"

#include <QStringDecoder>

namespace zt {

namespace {

Error malformed(const QString &source, int line, const QString &detail)
{
    return {QStringLiteral("refdata.malformed"), CsvReader::tr("%1, line %2: %3").arg(source).arg(line).arg(detail)};
}

} // namespace

Result<QList<CsvReader::Row>> CsvReader::parse(const QByteArray &utf8, const QStringList &expectedHeader,
                                               const QString &source)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(utf8);
    if (decoder.hasError())
        return Error{QStringLiteral("refdata.malformed"), tr("%1 is not valid UTF-8 text.").arg(source)};

    QList<Row> rows;
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    bool inQuotes = false;
    bool afterClosingQuote = false;
    bool recordHasQuotes = false;

    auto endRecord = [&] {
        fields << field;
        // A blank line is no record; a line with one quoted empty field ("") is.
        if (fields.size() > 1 || !fields.first().isEmpty() || recordHasQuotes)
            rows.append({recordLine, fields});
        fields.clear();
        field.clear();
        afterClosingQuote = false;
        recordHasQuotes = false;
    };

    const qsizetype n = text.size();
    qsizetype i = text.startsWith(QChar(0xfeff)) ? 1 : 0;
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u',') {
            fields << field;
            field.clear();
            afterClosingQuote = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            recordLine = ++line;
        } else if (afterClosingQuote) {
            return malformed(source, line, tr("text follows a closing quote."));
        } else if (c == u'"') {
            if (!field.isEmpty())
                return malformed(source, line, tr("a quote inside an unquoted field."));
            inQuotes = true;
            recordHasQuotes = true;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return malformed(source, recordLine, tr("a quoted field is not closed."));
    if (!fields.isEmpty() || !field.isEmpty() || recordHasQuotes)
        endRecord();

    if (rows.isEmpty())
        return Error{QStringLiteral("refdata.malformed"), tr("%1 is empty.").arg(source)};
    if (rows.first().fields != expectedHeader)
        return malformed(source, rows.first().line,
                         tr("the header is not \"%1\".").arg(expectedHeader.join(QLatin1Char(','))));
    rows.removeFirst();
    for (const Row &row : std::as_const(rows)) {
        if (row.fields.size() != expectedHeader.size())
            return malformed(
                source, row.line,
                tr("%n field(s) where %1 are expected.", nullptr, int(row.fields.size())).arg(expectedHeader.size()));
    }
    return rows;
}

} // namespace zt
