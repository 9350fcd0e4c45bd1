#pragma once
// A QR code image (libqrencode) for printing: black modules on white with the quiet zone the standard
// asks for, so any phone camera reads it off paper.

#include <QImage>
#include <QString>

namespace zt {

class QrCode
{
public:
    // moduleSize: pixels per module. A null image if the text cannot be encoded.
    static QImage image(const QString &text, int moduleSize = 8);
    // The number of modules across (with the quiet zone), 0 if it cannot be encoded.
    static int modules(const QString &text);
};

} // namespace zt
