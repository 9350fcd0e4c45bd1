#pragma once
// What a PC does with the server's `duplicate_case_no` (server/README.md decision 25): another PC's
// case reached the server first with the same case number (a copied data file drew the twin's
// numbers before its first sync). A case the server refused to create gets a new number drawn with
// this PC's letter now (after a fork: its own), keeps its row id (its events and attachments stay
// with it) and is sent again as a new insert through the write path; the refusal is settled and a
// notice kept until the user dismisses it. A refused change of a case's number puts the number the
// server has back, so the pull that brings the other case cannot stop on the UNIQUE index.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

namespace zt {

class Store;
class WriteTransaction;

struct RenumberedCase
{
    QString caseId;
    QString oldNo;
    QString newNo;
    QDateTime at; // UTC
};

class CaseRenumbering
{
    Q_DECLARE_TR_FUNCTIONS(CaseRenumbering)
public:
    explicit CaseRenumbering(Store &store) : m_store(store) {}

    // Settles every duplicate_case_no refusal in the outbox; the cases renumbered (their new inserts
    // wait in the outbox: push again). One transaction per case.
    Result<QList<RenumberedCase>> settleRefusals();
    // The notices not dismissed, from the last days, newest first.
    QList<RenumberedCase> notices(int days = 30) const;
    Status dismissNotices();
    // The case that had this number before it was renumbered, here or on another PC of the station
    // (its "renumbered" event), or empty.
    QString caseIdByOldNumber(const QString &oldNo) const;
    // A statement giving the ids of the cases that once had a number, and its values for oldNo (the case
    // search puts it into its own).
    static QString oldNumberCaseIdsSql();
    static QVariantList oldNumberBinds(const QString &oldNo);
    // "Case X is now Y: another PC had given out X. Give the citizen the new number."
    static QString describe(const RenumberedCase &c);

private:
    // Appends, for each merge event of the station naming oldNo, a correction naming newNo.
    Status correctMergeLinks(WriteTransaction &tx, const QString &stationId, const QString &oldNo, const QString &newNo);

    Store &m_store;
};

} // namespace zt
