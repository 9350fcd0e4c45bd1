#include "AppSettings.h"

#include "i18n/TranslationLoader.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace zt {

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language"), TranslationLoader::Chinese).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

double AppSettings::fontPointSize()
{
    return QSettings().value(QStringLiteral("ui/fontPointSize"), 10.5).toDouble();
}

void AppSettings::setFontPointSize(double points)
{
    QSettings().setValue(QStringLiteral("ui/fontPointSize"), points);
}

QString AppSettings::storePath()
{
    return QSettings().value(QStringLiteral("store/path"), defaultStorePath()).toString();
}

void AppSettings::setStorePath(const QString &path)
{
    QSettings().setValue(QStringLiteral("store/path"), path);
}

QString AppSettings::defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("zhitongche.sqlite"));
}

int AppSettings::idleLockMinutes()
{
    return qMax(0, QSettings().value(QStringLiteral("security/idleLockMinutes"), 10).toInt());
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), qMax(0, minutes));
}

} // namespace zt
