#pragma once
// The user's preferences, kept with QSettings: language, font size, the last store opened, saved filters.

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace zt {

class AppSettings
{
public:
    static QString language();          // default zh_CN
    static void setLanguage(const QString &language);
    static double fontPointSize();      // default 10.5: readable at arm's length
    static void setFontPointSize(double points);
    static QString storePath();         // default: the app data directory
    static void setStorePath(const QString &path);
    static QString defaultStorePath();
    // Named case-list filters (CaseFilter::toJson), in the order they were saved.
    static QList<QPair<QString, QJsonObject>> savedCaseFilters();
    static void setSavedCaseFilters(const QList<QPair<QString, QJsonObject>> &filters);
    // Minutes without a key or a click before the session locks; 0: never. Default 10: long enough to
    // hear a citizen out, short enough that a PC left at lunch is locked.
    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);
    // Years after closing that a case keeps the citizen's name and phone (RetentionService); >= 1.
    static int retentionYears();
    static void setRetentionYears(int years);
};

} // namespace zt
