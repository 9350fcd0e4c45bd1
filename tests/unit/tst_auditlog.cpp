// The audit trail is append-only and hash-chained: an altered, removed or forged entry is found.

#include "TestStore.h"

#include "storage/AuditLog.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace zt;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    static void appendThree(test::TestStore &ts)
    {
        AuditLog log(ts.store());
        ts->setCurrentUserId(QStringLiteral("user-1"));
        Status first = log.append(QStringLiteral("sign_in"));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(log.append(QStringLiteral("export"), QStringLiteral("cases"), QString(), QStringLiteral("2026年3月台账")).ok());
        QVERIFY(log.append(QStringLiteral("view_phone"), QStringLiteral("visitor"), QStringLiteral("v-1")).ok());
        QCOMPARE(ts.count(QStringLiteral("audit_log")), 3);
    }

    static void exec(test::TestStore &ts, const QString &sql)
    {
        QSqlQuery q(ts->db());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private slots:
    void wholeChainHasNoBrokenEntry()
    {
        test::TestStore ts;
        appendThree(ts);
        AuditLog log(ts.store());
        QCOMPARE(log.firstBrokenEntry(), qint64(0));
        const QList<AuditEntry> recent = log.recent(10);
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.at(0).seq, qint64(3)); // newest first
        QCOMPARE(recent.at(0).action, QStringLiteral("view_phone"));
        QCOMPARE(recent.at(0).rowId, QStringLiteral("v-1"));
        QCOMPARE(recent.at(1).detail, QStringLiteral("2026年3月台账"));
        QCOMPARE(recent.at(2).userId, QStringLiteral("user-1"));
        QCOMPARE(log.recent(1).size(), 1);
    }

    void emptyLogIsWhole()
    {
        test::TestStore ts;
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(0));
    }

    void chainSurvivesReopen()
    {
        test::TestStore ts;
        appendThree(ts);
        ts.reopen();
        AuditLog log(ts.store());
        QVERIFY(log.append(QStringLiteral("sign_out")).ok());
        QCOMPARE(log.firstBrokenEntry(), qint64(0));
        QCOMPARE(log.recent(1).first().seq, qint64(4));
    }

    void appendInsideAWriteTransactionFollowsIt()
    {
        // Audit entries written with a change go or stay with that change.
        test::TestStore ts;
        appendThree(ts);
        {
            WriteTransaction tx(ts.store());
            QVERIFY(AuditLog(ts.store()).append(QStringLiteral("delete_visit")).ok());
            // Not committed.
        }
        QCOMPARE(ts.count(QStringLiteral("audit_log")), 3);
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(0));
    }

    void failedAppendLeavesTheStoreWritable()
    {
        // When the audit log cannot be written (simulated with a trigger, as for a full disk), the
        // error is reported and later saves still work and reach the disk.
        test::TestStore ts;
        exec(ts, QStringLiteral("CREATE TRIGGER audit_full BEFORE INSERT ON audit_log "
                                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        Status s = AuditLog(ts.store()).append(QStringLiteral("sign_in"), QStringLiteral("t"), QStringLiteral("r"),
                                               QStringLiteral("d"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("audit.failed"));
        exec(ts, QStringLiteral("DROP TRIGGER audit_full"));
        {
            WriteTransaction tx(ts.store());
            QVERIFY(tx.isActive());
            QVERIFY(tx.insert(QStringLiteral("department"), QStringLiteral("d-1"),
                              {{QStringLiteral("station_id"), ts.stationId()}, {QStringLiteral("name"), QStringLiteral("城建科")}})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        ts.reopen();
        QCOMPARE(ts.count(QStringLiteral("department")), 1);
        QCOMPARE(ts.count(QStringLiteral("audit_log")), 0);
    }

    void entriesCannotBeChangedOrDeleted()
    {
        test::TestStore ts;
        appendThree(ts);
        QSqlQuery q(ts->db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing' WHERE seq = 2")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
        QCOMPARE(ts.count(QStringLiteral("audit_log")), 3);
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(0));
    }

    void alteredEntryIsFound()
    {
        test::TestStore ts;
        appendThree(ts);
        // Someone with the file and an SQLite tool removes the guard and edits entry 2.
        exec(ts, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(ts, QStringLiteral("UPDATE audit_log SET detail = '无' WHERE seq = 2"));
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(2));
    }

    void alteredUserOrTimeIsFound()
    {
        test::TestStore ts;
        appendThree(ts);
        exec(ts, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(ts, QStringLiteral("UPDATE audit_log SET user_id = 'user-2' WHERE seq = 1"));
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(1));
    }

    void forgedEntryWithARecomputedHashIsFoundAtTheNext()
    {
        // A careful forger also recomputes entry 2's own hash; entry 3 still names the old one.
        test::TestStore ts;
        appendThree(ts);
        exec(ts, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, occurred_at, user_id, action, tbl, row_id, prev_hash FROM audit_log WHERE seq = 2")));
        QVERIFY(q.next());
        const AuditEntry forged{q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                QStringLiteral("无")};
        const QString prevHash = q.value(6).toString();
        q.finish();
        q.prepare(QStringLiteral("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 2"));
        q.addBindValue(forged.detail);
        q.addBindValue(AuditLog::chainHash(prevHash, forged));
        QVERIFY(q.exec());
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(3));
    }

    void deletedEntryIsFound()
    {
        test::TestStore ts;
        appendThree(ts);
        exec(ts, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        exec(ts, QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        const qint64 broken = AuditLog(ts.store()).firstBrokenEntry();
        QVERIFY(broken != 0);
        QCOMPARE(broken, qint64(3));
    }

    void deletedFirstEntryIsFound()
    {
        test::TestStore ts;
        appendThree(ts);
        exec(ts, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        exec(ts, QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(2));
    }

    void chainHashCoversEveryField()
    {
        const QString prev(64, QLatin1Char('0'));
        const AuditEntry base{1, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), QStringLiteral("u"),
                              QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("r"), QStringLiteral("d")};
        const QString h = AuditLog::chainHash(prev, base);
        QCOMPARE(h.size(), 64);
        QCOMPARE(AuditLog::chainHash(prev, base), h);
        AuditEntry e = base;
        e.seq = 2;
        QVERIFY(AuditLog::chainHash(prev, e) != h);
        e = base;
        e.occurredAt = e.occurredAt.addMSecs(1);
        QVERIFY(AuditLog::chainHash(prev, e) != h);
        e = base;
        e.detail = QStringLiteral("D");
        QVERIFY(AuditLog::chainHash(prev, e) != h);
        // Moving text between neighbouring fields changes the hash too.
        e = base;
        e.table = QStringLiteral("tr");
        e.rowId = QString();
        QVERIFY(AuditLog::chainHash(prev, e) != h);
        QVERIFY(AuditLog::chainHash(QString(64, QLatin1Char('1')), base) != h);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
