#include "storage/SqliteStatement.h"

#include "storage/SqliteHandle.h"

#include <QSqlDatabase>
#include <sqlite3.h>

namespace zt {

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
    : m_db(SqliteHandle::of(db))
{
    if (!m_db) {
        m_error = QStringLiteral("no SQLite handle");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
            break;
        default:
            if (v.isNull()) {
                rc = sqlite3_bind_null(m_stmt, i + 1);
            } else {
                const QByteArray value = v.toString().toUtf8();
                rc = sqlite3_bind_text(m_stmt, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
            }
        }
        if (rc != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return;
        }
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::next()
{
    if (!ok())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    // An empty text stays a non-null QString, as SQL tells '' from NULL.
    return bytes > 0 ? QString::fromUtf8(utf8, bytes) : QStringLiteral("");
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    // sqlite3_column_text gives a null pointer for NULL and a pointer to "" for an empty text.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QVariant SqliteStatement::value(int column) const
{
    return isNull(column) ? QVariant() : QVariant(text(column));
}

} // namespace zt
