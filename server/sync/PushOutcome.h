#pragma once
// The answer to one pushed batch: its HTTP status and body.

#include <QByteArray>
#include <QJsonObject>

namespace zt::server {

struct PushOutcome
{
    PushOutcome(int status, QJsonObject object, QByteArray text = {})
        : httpStatus(status), body(std::move(object)), jsonText(std::move(text))
    {
    }
    int httpStatus = 200;
    QJsonObject body;
    // The answer of an accepted batch, already written as JSON text (replaces body when set): a
    // batch's answers are written once, for the log and the response alike.
    QByteArray jsonText;
};

} // namespace zt::server
