#include "common/Uuid7.h"

#include "common/Clock.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace zt {

QString Uuid7::generate()
{
    return generate(Clock::currentMSecsSinceEpoch());
}

QString Uuid7::generate(qint64 unixMsecs)
{
    unsigned char b[16];
    const quint64 ms = static_cast<quint64>(unixMsecs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random, 3);
    for (int i = 0; i < 10; ++i)
        b[6 + i] = static_cast<unsigned char>(random[i / 4] >> (8 * (i % 4)));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // RFC variant

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

bool Uuid7::isValid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace zt
