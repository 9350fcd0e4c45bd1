#include "AppSettings.h"

#include "i18n/TranslationLoader.h"
#include "privacy/RetentionService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
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

QList<QPair<QString, QJsonObject>> AppSettings::savedCaseFilters()
{
    QList<QPair<QString, QJsonObject>> out;
    const QJsonArray list =
        QJsonDocument::fromJson(QSettings().value(QStringLiteral("cases/savedFilters")).toByteArray()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            out.append({name, o.value(QStringLiteral("filter")).toObject()});
    }
    return out;
}

void AppSettings::setSavedCaseFilters(const QList<QPair<QString, QJsonObject>> &filters)
{
    QJsonArray list;
    for (const auto &[name, filter] : filters)
        list.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("filter"), filter}});
    QSettings().setValue(QStringLiteral("cases/savedFilters"), QJsonDocument(list).toJson(QJsonDocument::Compact));
}

int AppSettings::idleLockMinutes()
{
    return qMax(0, QSettings().value(QStringLiteral("security/idleLockMinutes"), 10).toInt());
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), qMax(0, minutes));
}

int AppSettings::retentionYears()
{
    return qMax(1, QSettings().value(QStringLiteral("privacy/retentionYears"), RetentionService::DefaultYears).toInt());
}

void AppSettings::setRetentionYears(int years)
{
    QSettings().setValue(QStringLiteral("privacy/retentionYears"), qMax(1, years));
}

} // namespace zt
