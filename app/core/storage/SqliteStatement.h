#pragma once
// One SELECT run straight on the sqlite3 handle behind a QSqlDatabase connection, for hot read paths
// where QSqlQuery's decoding dominates: Qt's SQLite driver converts every text column to UTF-16 inside
// SQLite and wraps it in a QVariant before the caller asks for it. Here a column is decoded only when
// read, from UTF-8. The statement is finalised by the destructor: keep one only for the duration of a
// read, never beyond the connection's life (Qt closes with sqlite3_close, which a live statement blocks).

#include <QByteArrayView>
#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace zt {

class SqliteStatement
{
public:
    // Prepares sql on db's connection and binds the values in order (integers as integers, everything
    // else as text, null QVariants as NULL). ok() tells whether that worked.
    SqliteStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &binds);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Steps to the next row; false at the end or on an error (then error() says which).
    bool next();
    bool isNull(int column) const;
    // The column as text; a null QString for NULL.
    QString text(int column) const;
    qint64 integer(int column) const;
    // The column as a QVariant holding a QString, or a null QVariant for NULL (what QSqlQuery::value gives).
    QVariant value(int column) const;
    // The column's UTF-8 bytes as SQLite holds them, valid until the next step; a null view for NULL. For
    // readers that keep the bytes and decode only what is shown.
    QByteArrayView utf8(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace zt
