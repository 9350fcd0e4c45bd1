#include "JsonLog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <cstdio>

namespace zt::server {

namespace {
QMutex logMutex;
QFile *logFile = nullptr;
} // namespace

void JsonLog::open(const QString &path)
{
    QMutexLocker lock(&logMutex);
    delete logFile;
    logFile = nullptr;
    if (path.isEmpty())
        return;
    auto *file = new QFile(path);
    if (file->open(QIODevice::Append | QIODevice::WriteOnly | QIODevice::Text))
        logFile = file;
    else
        delete file;
}

void JsonLog::info(const QString &event, const QJsonObject &fields) { write("info", event, fields); }
void JsonLog::warn(const QString &event, const QJsonObject &fields) { write("warn", event, fields); }
void JsonLog::error(const QString &event, const QJsonObject &fields) { write("error", event, fields); }

void JsonLog::write(const char *level, const QString &event, const QJsonObject &fields)
{
    QJsonObject line = fields;
    line.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), QLatin1String(level));
    line.insert(QStringLiteral("event"), event);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&logMutex);
    if (logFile) {
        logFile->write(text);
        logFile->flush();
    } else {
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace zt::server
