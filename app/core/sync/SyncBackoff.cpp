#include "sync/SyncBackoff.h"

#include <QRandomGenerator>

namespace zt::sync {

qint64 SyncBackoff::nextDelayMsecs(qint64 retryAfterMsecs)
{
    const int exponent = std::min(m_failures, 20);
    ++m_failures;
    const qint64 base = std::min(kMaxMsecs, kMinMsecs << exponent);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const qint64 delay = std::clamp(qint64(double(base) * jitter), kMinMsecs, kMaxMsecs);
    return std::max(delay, std::min(retryAfterMsecs, kMaxRetryAfterMsecs));
}

qint64 SyncBackoff::parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok)
        return std::clamp<qint64>(seconds * 1000, 0, kMaxRetryAfterMsecs);
    // "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110's IMF-fixdate is an RFC 2822 date).
    // Qt 6.4's RFC 2822 parser wants a numeric zone; HTTP dates always say GMT.
    QString text = QString::fromLatin1(header.trimmed());
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return 0;
    return std::clamp<qint64>(now.msecsTo(at), 0, kMaxRetryAfterMsecs);
}

} // namespace zt::sync
