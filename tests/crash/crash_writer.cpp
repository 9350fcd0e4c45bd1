// The writer the crash test kills: records a visit and the case it raised, in one transaction through the
// real write path, again and again; after each commit returns, appends "<visit id> <case id>" to the
// acknowledgement file. SIGKILL can land anywhere, also between a commit and its acknowledgement (then
// the write is there but not acknowledged, which is allowed); an acknowledged write must never be lost.

#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <fcntl.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        fprintf(stderr, "usage: crash_writer STORE ACK-FILE\n");
        return 2;
    }
    auto opened = zt::Store::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    zt::Store &store = *opened.value();
    // Plain write(2): nothing buffered in this process, so what the kernel has survives SIGKILL.
    const int ack = ::open(argv[2], O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (ack < 0)
        return 1;
    for (int i = 0;; ++i) {
        zt::WriteTransaction tx(store);
        const QString visitId = zt::Uuid7::generate();
        zt::Status s = tx.insert(QStringLiteral("visit"), visitId,
                                 {{QStringLiteral("station_id"), store.stationId()},
                                  {QStringLiteral("visit_date"), QDate(2026, 5, 6)},
                                  {QStringLiteral("half_day"), QStringLiteral("am")},
                                  {QStringLiteral("channel"), zt::Channel::WalkIn},
                                  {QStringLiteral("summary"), QStringLiteral("反映小区路灯不亮 %1").arg(i)}});
        zt::CaseRecord c;
        c.stationId = store.stationId();
        c.title = QStringLiteral("路灯不亮 %1").arg(i);
        c.visitId = visitId;
        c.channel = zt::Channel::WalkIn;
        if (s)
            s = zt::CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c);
        if (s)
            s = tx.commit();
        if (!s) {
            fprintf(stderr, "write failed: %s\n", qPrintable(s.error().message));
            return 1;
        }
        const QByteArray line = (visitId + QLatin1Char(' ') + c.id + QLatin1Char('\n')).toLatin1();
        if (::write(ack, line.constData(), size_t(line.size())) != line.size())
            return 1;
    }
}
