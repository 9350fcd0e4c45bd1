#include "ReceptionDraft.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace zt {

ReceptionDraft::ReceptionDraft(const QString &storePath)
{
    // A path makes a poor settings key (slashes are groups); its hash does not.
    const QByteArray path = QFileInfo(storePath).absoluteFilePath().toUtf8();
    m_key = QStringLiteral("receptionDraft/") + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

void ReceptionDraft::save(const QJsonObject &draft) const
{
    QSettings settings;
    settings.setValue(m_key, QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)));
    // QSettings writes lazily; a draft is only worth something if it is on disk before a crash.
    settings.sync();
}

QJsonObject ReceptionDraft::load() const
{
    const QString text = QSettings().value(m_key).toString();
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

void ReceptionDraft::clear() const
{
    QSettings settings;
    settings.remove(m_key);
    settings.sync();
}

} // namespace zt
