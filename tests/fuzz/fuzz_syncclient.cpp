// libFuzzer target: what the desktop client decodes from the sync server's answers — a pull page, a push
// answer (one result per mutation, with conflicts), the login answer's tokens — and the server_time each
// carries into the hybrid clock. A damaged or hostile answer must never crash the client, and what it
// decodes must encode and decode again to the same thing. The clock must stay strictly increasing
// whatever server_time says.

#include "sync/HybridClock.h"
#include "sync/MutationResult.h"
#include "sync/PullPage.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void checkPage(const QJsonObject &o)
{
    const zt::sync::PullPage page = zt::sync::PullPage::fromJson(o);
    const zt::sync::PullPage again = zt::sync::PullPage::fromJson(page.toJson());
    check(again.rows.size() == page.rows.size());
    check(again.nextSince == page.nextSince && again.hasMore == page.hasMore && again.scopeEpoch == page.scopeEpoch);
    check(again.serverTime == page.serverTime);
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        const zt::sync::PulledRow &a = page.rows.at(i);
        const zt::sync::PulledRow &b = again.rows.at(i);
        check(a.seq == b.seq && a.table == b.table && a.op == b.op && a.row == b.row);
    }
}

void checkResults(const QJsonObject &o)
{
    for (const QJsonValue &v : o.value(QStringLiteral("results")).toArray()) {
        const zt::sync::MutationResult r = zt::sync::MutationResult::fromJson(v.toObject());
        const zt::sync::MutationResult again = zt::sync::MutationResult::fromJson(r.toJson());
        check(again.deviceSeq == r.deviceSeq && again.mutationId == r.mutationId && again.status == r.status);
        check(again.sv == r.sv && again.code == r.code && again.reason == r.reason);
        check(again.conflicts.size() == r.conflicts.size());
        // The server writes answers as text (JsonText): it must read back as Qt's own writer's does.
        const QJsonObject viaText = QJsonDocument::fromJson(r.toJsonText()).object();
        check(viaText == QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)).object());
        for (qsizetype i = 0; i < r.conflicts.size(); ++i) {
            const zt::sync::FieldConflict &a = r.conflicts.at(i);
            const zt::sync::FieldConflict &b = again.conflicts.at(i);
            check(a.id == b.id && a.field == b.field && a.kept == b.kept);
        }
    }
}

void checkClock(const QString &serverTime)
{
    qint64 ms = 0;
    quint16 counter = 0;
    if (zt::HybridClock::parse(serverTime, &ms, &counter)) {
        // A stamp that parses is the canonical text of what it parsed to.
        check(ms >= 0);
        check(zt::HybridClock::format(ms, counter, serverTime.mid(22)) == serverTime);
    }
    zt::HybridClock clock(QStringLiteral("dev"));
    const QString before = clock.next();
    clock.merge(serverTime);
    const QString a = clock.next();
    const QString b = clock.next();
    check(before < a && a < b);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject o = doc.object();
    checkPage(o);
    checkResults(o);
    // The login answer: two tokens and the server's time.
    (void)o.value(QStringLiteral("access_token")).toString();
    (void)o.value(QStringLiteral("refresh_token")).toString();
    checkClock(o.value(QStringLiteral("server_time")).toString());
    // A bare stamp, without JSON around it, reaches more of the clock's parser.
    checkClock(QString::fromUtf8(body));
    return 0;
}
