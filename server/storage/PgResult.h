#pragma once
// The result of a statement run straight on the libpq connection (ServerDatabase::execPg): its
// values read as the bytes PostgreSQL sent (text format, UTF-8), without going through QVariant and
// UTF-16 as Qt's driver reads them.

#include <QByteArrayView>
#include <QString>
#include <memory>

struct pg_result;

namespace zt::server {

class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    int rows() const;
    bool isNull(int row, int column) const;
    // Valid while this result lives.
    QByteArrayView bytes(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(bytes(row, column)); }
    qint64 integer(int row, int column) const;

private:
    struct Clear
    {
        void operator()(pg_result *result) const;
    };
    std::unique_ptr<pg_result, Clear> m_result;
};

} // namespace zt::server
