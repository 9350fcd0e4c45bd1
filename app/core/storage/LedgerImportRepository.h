#pragma once
// The local bookkeeping of ledger imports: fingerprints of rows already imported and saved column mappings.

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace zt {

class LedgerImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImportRepository)
public:
    explicit LedgerImportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The case a row with this fingerprint became, if it was imported before.
    std::optional<QString> caseForFingerprint(const QString &fingerprint) const;
    // In the caller's transaction, so the row's case and its fingerprint commit together.
    Status recordRow(const QString &fingerprint, const QString &caseId) const;

    Status saveMapping(const QString &name, const QJsonObject &mapping) const;
    std::optional<QJsonObject> mapping(const QString &name) const;
    // Saved mapping names, the latest first.
    QStringList mappingNames() const;

private:
    QSqlDatabase m_db;
};

} // namespace zt
