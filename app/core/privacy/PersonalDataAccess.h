#pragma once
// Who sees citizens' phone and ID numbers (个人信息保护法): masked for every role without
// SeePersonalData, and revealing one unmasked is an audited action of a signed-in person.

#include "common/Result.h"
#include "storage/PersonalDataRepository.h"

#include <QCoreApplication>

namespace zt {

class Store;

class PersonalDataAccess
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataAccess)
public:
    using Field = PersonalDataRepository::Field;

    explicit PersonalDataAccess(Store &store) : m_store(store) {}

    // Whether the signed-in user may see numbers unmasked; never for a tool acting as the system, so
    // that exports made by ztctl are masked too.
    bool maySeeUnmasked() const;
    // What lists, printouts and exports show: the number itself only for a role that may see it.
    QString phoneForDisplay(const QString &phone) const;
    QString idNumberForDisplay(const QString &idNumber) const;

    // The unmasked value of one field, for the signed-in user with SeePersonalData; the audit entry
    // (who, which row, which field, never the value) is written first, and without it nothing is shown.
    Result<QString> reveal(Field field, const QString &rowId);

private:
    Store &m_store;
};

} // namespace zt
