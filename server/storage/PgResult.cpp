#include "storage/PgResult.h"

#include <libpq-fe.h>

namespace zt::server {

PgResult::PgResult(pg_result *result) : m_result(result) {}

void PgResult::Clear::operator()(pg_result *result) const
{
    PQclear(result);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArrayView PgResult::bytes(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return bytes(row, column).toLongLong();
}

} // namespace zt::server
