#pragma once
// Screenshots of a widget in Chinese and in English when ZT_SCREENSHOT_DIR is set, to look at a layout the way
// users see it (ZT_SCREENSHOT_DIR=/tmp/shots ctest -R NAME); nothing otherwise.

#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QWidget>

namespace zt::test {

inline void saveScreenshots(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    TranslationLoader translations;
    for (const QString &language : {TranslationLoader::Chinese, TranslationLoader::English}) {
        translations.setLanguage(language);
        // New words change sizes: let every layout take the new texts' sizes before the grab (one pass of
        // processEvents left English buttons at the Chinese widths, clipped).
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        widget.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language)));
    }
}

} // namespace zt::test
