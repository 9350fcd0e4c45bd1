#include "models/OutboxModel.h"

#include "sync/HybridClock.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QSqlQuery>

namespace zt {

QString OutboxModel::tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("station"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Station")},
        {QStringLiteral("point"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Liaison point")},
        {QStringLiteral("deputy"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Deputy")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Department")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Category")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Visit")},
        {QStringLiteral("visit_deputy"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Receiving deputy")},
        {QStringLiteral("visitor"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Visitor")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Case")},
        {QStringLiteral("case_event"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Case event")},
        {QStringLiteral("attachment"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Attachment")},
        {QStringLiteral("app_user"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Staff user")},
        {QStringLiteral("reception_rule"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Reception schedule")},
        {QStringLiteral("reception_attendance"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Reception day attendance")},
        {QStringLiteral("visit_case"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Visit and case link")},
        {QStringLiteral("notable_case"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Notable case")},
        {QStringLiteral("station_activity"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Station activity")},
        {QStringLiteral("station_activity_deputy"), QT_TRANSLATE_NOOP("zt::OutboxModel", "Deputy at an activity")},
    };
    const auto it = labels.constFind(table);
    return it == labels.constEnd() ? table : QCoreApplication::translate("zt::OutboxModel", *it);
}

OutboxModel::OutboxModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    // Every synced table writes the outbox; any change may add a row.
    watch({QStringLiteral("station"), QStringLiteral("point"), QStringLiteral("deputy"), QStringLiteral("department"),
           QStringLiteral("category"), QStringLiteral("visit"), QStringLiteral("visit_deputy"), QStringLiteral("visitor"),
           QStringLiteral("cases"), QStringLiteral("case_event"), QStringLiteral("attachment"), QStringLiteral("app_user")});
}

qint64 OutboxModel::pendingCount(Store &store)
{
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'sent')"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList OutboxModel::headers() const
{
    return {tr("No."), tr("Record"), tr("Change"), tr("Time"), tr("State"), tr("Last error")};
}

QVector<ReadOnlyTableModel::Row> OutboxModel::load()
{
    QVector<Row> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT device_seq, tbl, op, hlc, state, last_error, mutation_id FROM sync_outbox "
                          "WHERE state IN ('pending', 'sent', 'rejected') ORDER BY device_seq LIMIT 500"));
    while (q.next()) {
        qint64 ms = 0;
        quint16 counter = 0;
        HybridClock::parse(q.value(3).toString(), &ms, &counter);
        const QString op = q.value(2).toString();
        const QString state = q.value(4).toString();
        Row row;
        row.id = q.value(6).toString();
        row.cells = {q.value(0), tableLabel(q.value(1).toString()),
                     op == QLatin1String("insert") ? tr("New") : op == QLatin1String("update") ? tr("Changed") : tr("Deleted"),
                     QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     state == QLatin1String("rejected") ? tr("Refused by the server") : tr("Waiting to sync"), q.value(5)};
        out.append(row);
    }
    return out;
}

} // namespace zt
