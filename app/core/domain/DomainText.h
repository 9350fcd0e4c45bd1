#pragma once
// Human labels (translated) for the domain's codes: what lists, forms and printouts show.

#include <QCoreApplication>
#include <QString>

namespace zt {

class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString deputyLevel(const QString &code);
    static QString channel(const QString &code);
    static QString caseStatus(const QString &code);
    static QString caseEventKind(const QString &code);
    static QString satisfaction(const QString &code);
    static QString priority(const QString &code);
    static QString halfDay(const QString &code);
    static QString role(const QString &code);
    static QString gender(const QString &code);
    // What a synced table holds, in words ("Case" for cases; the sync page's kinds of record); the table
    // name itself for an unknown one.
    static QString recordKind(const QString &table);
    // A synced column in words ("Department" for cases.department_id): the sync page's conflict list.
    // The column name itself for one not listed.
    static QString fieldLabel(const QString &table, const QString &column);
    // A stored code of a column in words (cases.status 'assigned' -> "Assigned", a 0/1 flag -> "No" /
    // "Yes"); the value as it is for a column that holds no code. References to other rows are named
    // by storage/RecordNameQuery, which reads them.
    static QString fieldValue(const QString &table, const QString &column, const QString &value);
};

} // namespace zt
