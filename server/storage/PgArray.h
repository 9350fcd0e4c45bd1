#pragma once
// A PostgreSQL array literal ({"a","b",NULL} or {1,2}) built element by element, bound as ONE
// parameter of a statement that reads it with unnest($n::text[]) (decision 38): a 1,000-row VALUES
// list was 8,000 literals to parse and a plan to build per call; an array per column is one value,
// parsed by array_in, and a plan that does not depend on how many rows come. The arrays go to the
// server as parameters apart from the statement (ServerDatabase::execPg, decision 52).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace zt::server {

class PgArray
{
public:
    // A text element; a null QString is the element NULL (as Qt binds a null QString).
    void text(const QString &value);
    // A text element given as UTF-8 (never NULL).
    void utf8(QByteArrayView value);
    void integer(qint64 value);
    void null();
    qsizetype size() const { return m_size; }
    // The literal as UTF-8, a parameter of ServerDatabase::execPg (sent as it is, never quoted again).
    QByteArray bytes() const;

private:
    void separate();

    QByteArray m_text;
    qsizetype m_size = 0;
};

} // namespace zt::server
