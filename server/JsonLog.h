#pragma once
// Structured logs: one JSON object per line (ts, level, event, then the event's fields), so a log
// shipper or `jq` can read them. Never logs passwords, tokens or row contents.

#include <QJsonObject>
#include <QString>

namespace zt::server {

class JsonLog
{
public:
    // Empty path: standard error.
    static void open(const QString &path);
    static void info(const QString &event, const QJsonObject &fields = {});
    static void warn(const QString &event, const QJsonObject &fields = {});
    static void error(const QString &event, const QJsonObject &fields = {});

private:
    static void write(const char *level, const QString &event, const QJsonObject &fields);
};

} // namespace zt::server
