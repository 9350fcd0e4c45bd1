#include "storage/PgArray.h"

namespace zt::server {

void PgArray::separate()
{
    m_text += m_size++ ? ',' : '{';
}

void PgArray::text(const QString &value)
{
    if (value.isNull()) {
        null();
        return;
    }
    utf8(value.toUtf8());
}

void PgArray::utf8(QByteArrayView value)
{
    separate();
    // Always quoted: an unquoted element would be trimmed, and NULL or an empty one read as NULL /
    // refused. Inside quotes only '"' and '\' need a backslash (array_in's rules).
    m_text.reserve(m_text.size() + value.size() + 2);
    m_text += '"';
    qsizetype plain = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '"' || c == '\\') {
            m_text += value.sliced(plain, i - plain);
            m_text += '\\';
            plain = i;
        }
    }
    m_text += value.sliced(plain);
    m_text += '"';
}

void PgArray::integer(qint64 value)
{
    separate();
    m_text += QByteArray::number(value);
}

void PgArray::null()
{
    separate();
    m_text += "NULL";
}

QByteArray PgArray::bytes() const
{
    if (m_size == 0)
        return QByteArrayLiteral("{}");
    return m_text + '}';
}

} // namespace zt::server
