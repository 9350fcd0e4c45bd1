#include "deputies/DeputyService.h"

#include "deputies/RosterImporter.h"
#include "domain/Codes.h"
#include "storage/DeputyRepository.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace zt {

std::optional<Deputy> DeputyService::find(const QString &id) const
{
    return DeputyRepository(m_store).find(id);
}

QList<Deputy> DeputyService::all() const
{
    return DeputyRepository(m_store).listForStation(m_store.stationId());
}

Result<Deputy> DeputyService::save(Deputy deputy)
{
    deputy.name = deputy.name.trimmed();
    if (deputy.name.isEmpty())
        return Error{QStringLiteral("deputy.no_name"), tr("Enter the deputy's name.")};
    if (!DeputyLevel::all().contains(deputy.level))
        return Error{QStringLiteral("deputy.bad_level"), tr("Choose the deputy's level.")};
    deputy.phone = deputy.phone.trimmed();
    if (!deputy.phone.isEmpty() && !RosterImporter::isPhoneNumber(deputy.phone))
        return Error{QStringLiteral("deputy.bad_phone"),
                     tr("The phone number is neither a mobile number (11 digits) nor a landline number.")};
    if (deputy.termStart.isValid() && deputy.termEnd.isValid() && deputy.termEnd < deputy.termStart)
        return Error{QStringLiteral("deputy.bad_term"), tr("The term ends before it starts.")};
    WriteTransaction tx(m_store);
    if (Status s = DeputyRepository(m_store).save(tx, deputy); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return deputy;
}

QString DeputyService::photoFolder() const
{
    return QFileInfo(m_store.path()).absolutePath() + QStringLiteral("/photos");
}

QString DeputyService::photoPath(const QString &sha256) const
{
    if (sha256.isEmpty())
        return {};
    const QString path = photoFolder() + QLatin1Char('/') + sha256;
    return QFileInfo::exists(path) ? path : QString();
}

Status DeputyService::setPhoto(const QString &deputyId, const QString &imagePath)
{
    QFile in(imagePath);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("deputy.no_photo"), tr("Cannot read %1: %2").arg(imagePath, in.errorString())};
    const QByteArray bytes = in.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QDir().mkpath(photoFolder());
    const QString target = photoFolder() + QLatin1Char('/') + sha;
    if (!QFileInfo::exists(target)) {
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return Error{QStringLiteral("deputy.no_photo"), tr("Cannot save the photo: %1").arg(out.errorString())};
    }
    auto deputy = DeputyRepository(m_store).find(deputyId);
    if (!deputy)
        return Error{QStringLiteral("deputy.not_found"), tr("The deputy was removed meanwhile.")};
    deputy->photoSha256 = sha;
    WriteTransaction tx(m_store);
    if (Status s = DeputyRepository(m_store).update(tx, *deputy); !s)
        return s;
    return tx.commit();
}

} // namespace zt
