#pragma once
// An optional pin of the sync server's public key, written like curl's --pinnedpubkey and HPKP:
// "sha256/" + base64 of the SHA-256 of the key's SubjectPublicKeyInfo (DER). The CA still verifies
// the chain; the pin adds that the key must be this one (a CA that signed a wrong certificate, or
// a proxy with its own CA installed, then still fails). The administrator computes it with
//   openssl x509 -in server.pem -pubkey -noout | openssl pkey -pubin -outform der
//     | openssl dgst -sha256 -binary | base64   (one line)

#include "common/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace zt::sync {

class KeyPin
{
    Q_DECLARE_TR_FUNCTIONS(KeyPin)
public:
    // The raw 32-byte hash; an empty text is no pin (an empty array).
    static Result<QByteArray> parse(const QString &text);
    // The raw hash of a certificate's public key.
    static QByteArray of(const QSslCertificate &certificate);
    static QString format(const QByteArray &hash);
};

} // namespace zt::sync
