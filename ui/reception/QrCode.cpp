#include "QrCode.h"

#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace zt {

namespace {

constexpr int QuietZone = 4; // modules of white around the code (ISO/IEC 18004)

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

std::unique_ptr<QRcode, QrDeleter> encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Level M survives a crease or a coffee stain on a receipt; case numbers are short.
    return std::unique_ptr<QRcode, QrDeleter>(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
}

} // namespace

int QrCode::modules(const QString &text)
{
    const auto code = encode(text);
    return code ? code->width + 2 * QuietZone : 0;
}

QImage QrCode::image(const QString &text, int moduleSize)
{
    const auto code = encode(text);
    if (!code || moduleSize < 1)
        return {};
    const int size = (code->width + 2 * QuietZone) * moduleSize;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1) // bit 0: dark module
                painter.fillRect((x + QuietZone) * moduleSize, (y + QuietZone) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
    return image;
}

} // namespace zt
