#include "privacy/PersonalDataAccess.h"

#include "privacy/PersonalDataMask.h"
#include "security/AccessPolicy.h"
#include "storage/AuditLog.h"
#include "storage/Store.h"
#include "storage/UserRepository.h"

namespace zt {

bool PersonalDataAccess::maySeeUnmasked() const
{
    if (m_store.currentUserId().isEmpty())
        return false;
    const std::optional<User> user = UserRepository(m_store).find(m_store.currentUserId());
    return user && !user->meta.deleted && AccessPolicy::require(*user, Permission::SeePersonalData).ok();
}

QString PersonalDataAccess::phoneForDisplay(const QString &phone) const
{
    return maySeeUnmasked() ? phone : PersonalDataMask::phone(phone);
}

QString PersonalDataAccess::idNumberForDisplay(const QString &idNumber) const
{
    return maySeeUnmasked() ? idNumber : PersonalDataMask::idNumber(idNumber);
}

Result<QString> PersonalDataAccess::reveal(Field field, const QString &rowId)
{
    // A person, always: the trail must name who read the number.
    std::optional<User> user;
    if (!m_store.currentUserId().isEmpty())
        user = UserRepository(m_store).find(m_store.currentUserId());
    if (user && user->meta.deleted)
        user.reset();
    if (Status s = AccessPolicy::require(user.value_or(User{}), Permission::SeePersonalData); !s)
        return s.error();

    const Result<QString> value = PersonalDataRepository(m_store).value(field, rowId);
    if (!value)
        return Error{value.error().code, tr("This record could not be found; it may have been removed.")};
    if (Status s = AuditLog(m_store).append(QStringLiteral("reveal_personal_data"), PersonalDataRepository::table(field),
                                            rowId, QStringLiteral("field=%1").arg(PersonalDataRepository::column(field)));
        !s)
        return s.error();
    return value;
}

} // namespace zt
