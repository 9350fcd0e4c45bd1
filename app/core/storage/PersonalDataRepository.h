#pragma once
// The SQL behind citizens' personal data: reading one unmasked field, and finding what retention may
// anonymise. Columns come only from the fixed list below, never from callers' text.

#include "common/Result.h"

#include <QDate>
#include <QStringList>

namespace zt {

class Store;

class PersonalDataRepository
{
public:
    // The personal fields a user may reveal, as (table, column).
    enum class Field { CaseCitizenPhone, VisitorPhone, VisitorIdNumber };
    static QString table(Field field);
    static QString column(Field field);

    explicit PersonalDataRepository(Store &store) : m_store(store) {}

    // The stored value; "personal.not_found" when the row is missing or removed.
    Result<QString> value(Field field, const QString &rowId) const;

    // Cases closed before the day that still hold a citizen's name or phone.
    QStringList casesToAnonymise(QDate closedBefore) const;
    // Visitors still holding personal data whose visit raised cases, every one of them closed before the
    // day (a visit with an open or recent case keeps its visitors: staff still need to call back).
    QStringList visitorsToAnonymise(QDate closedBefore) const;

private:
    Store &m_store;
};

} // namespace zt
