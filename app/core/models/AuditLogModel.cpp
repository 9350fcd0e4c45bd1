#include "models/AuditLogModel.h"

#include "security/AccessPolicy.h"
#include "storage/Store.h"
#include "storage/UserRepository.h"

#include <QLocale>

#include <algorithm>

namespace zt {

AuditLogModel::AuditLogModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    // Entries are appended by every service; users change by sync. Both make the page current again.
    watch({QStringLiteral("app_user"), QStringLiteral("cases"), QStringLiteral("visit")});
    reload();
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

QStringList AuditLogModel::headers() const
{
    return {tr("Time"), tr("User"), tr("Action"), tr("Record"), tr("Details")};
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("Failed sign-in")},
        {QStringLiteral("sign_out"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("lock"), QT_TR_NOOP("Locked when idle")},
        {QStringLiteral("create_user"), QT_TR_NOOP("Created a user")},
        {QStringLiteral("change_password"), QT_TR_NOOP("Changed the password")},
        {QStringLiteral("change_password_failed"), QT_TR_NOOP("Wrong current password")},
        {QStringLiteral("enable_user"), QT_TR_NOOP("Enabled a user")},
        {QStringLiteral("disable_user"), QT_TR_NOOP("Disabled a user")},
        {QStringLiteral("reveal_personal_data"), QT_TR_NOOP("Viewed a phone or ID number")},
        {QStringLiteral("anonymise"), QT_TR_NOOP("Anonymised old cases")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backed up the store")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored a backup")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported data")},
        {QStringLiteral("print"), QT_TR_NOOP("Printed a report")},
    };
    const auto it = labels.constFind(action);
    // An action added later (or by a newer PC) still shows, by its code.
    return it == labels.constEnd() ? action : tr(it.value());
}

QString AuditLogModel::userName(const QString &userId) const
{
    if (userId.isEmpty())
        return tr("System");
    if (!m_names.contains(userId)) {
        const std::optional<User> user = UserRepository(m_store).find(userId);
        m_names.insert(userId, user ? (user->displayName.isEmpty() ? user->username
                                                                   : QStringLiteral("%1 (%2)").arg(user->displayName,
                                                                                                   user->username))
                                    : userId);
    }
    return m_names.value(userId);
}

QList<std::pair<QString, QString>> AuditLogModel::users() const
{
    QList<std::pair<QString, QString>> out;
    if (!m_error.isEmpty())
        return out;
    for (const QString &id : AuditLog(m_store).userIds())
        out.append({id, userName(id)});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return out;
}

QStringList AuditLogModel::actions() const
{
    return m_error.isEmpty() ? AuditLog(m_store).actions() : QStringList();
}

QVector<ReadOnlyTableModel::Row> AuditLogModel::load()
{
    m_names.clear();
    m_error.clear();
    if (Status s = AccessPolicy::requireCurrent(m_store, Permission::ViewAuditLog); !s) {
        m_error = s.error().message;
        return {};
    }
    QVector<Row> rows;
    const QLocale locale;
    for (const AuditEntry &e : AuditLog(m_store).search(m_filter)) {
        Row row;
        row.id = QString::number(e.seq);
        // An account is named; other records by table and the start of their id (enough to tell them apart).
        const QString record = e.table == QLatin1String("app_user") && !e.rowId.isEmpty()
                                   ? tr("Account %1").arg(userName(e.rowId))
                               : e.table.isEmpty() ? QString()
                                                   : e.table + (e.rowId.isEmpty() ? QString() : QLatin1Char(' ') + e.rowId.left(8));
        // Shown as stored text, never interpreted: a detail is data typed by someone.
        row.cells = {locale.toString(e.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     userName(e.userId), actionLabel(e.action), record, e.detail};
        row.tooltips = {QVariant(), e.userId, e.action, e.rowId, e.detail};
        rows.append(row);
    }
    return rows;
}

} // namespace zt
