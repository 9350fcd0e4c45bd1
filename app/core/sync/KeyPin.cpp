#include "sync/KeyPin.h"

#include <QCryptographicHash>
#include <QSslKey>

namespace zt::sync {

Result<QByteArray> KeyPin::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QByteArray();
    const QString prefix = QStringLiteral("sha256/");
    const auto decoded = QByteArray::fromBase64Encoding(trimmed.startsWith(prefix) ? trimmed.mid(prefix.size()).toLatin1() : QByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return Error{QStringLiteral("sync.bad_pin"),
                     tr("A key pin looks like sha256/ followed by 44 characters of base64 (the SHA-256 of the server's public key).")};
    return decoded.decoded;
}

QByteArray KeyPin::of(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo, what openssl's -pubkey prints.
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

QString KeyPin::format(const QByteArray &hash)
{
    return QStringLiteral("sha256/") + QString::fromLatin1(hash.toBase64());
}

} // namespace zt::sync
