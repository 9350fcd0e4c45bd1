#include "sync/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace zt::sync {

namespace {

const char kHex[] = "0123456789abcdef";

// Escapes in place what JSON requires (quote, backslash, control characters) in UTF-8 bytes.
void appendEscapedUtf8(QByteArray &out, const char *data, qsizetype size)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default: {
            const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(u, 6);
        }
        }
    }
    out.append(data + start, size - start);
}

} // namespace

void JsonText::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    bool ascii = true;
    for (QChar ch : text)
        if (ch.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        bool plain = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            to[i] = char(c);
            plain = plain && c >= 0x20 && c != '"' && c != '\\';
        }
        if (!plain) {
            const QByteArray raw(to, text.size());
            out.truncate(at);
            appendEscapedUtf8(out, raw.constData(), raw.size());
        }
    } else {
        // A lone surrogate has no UTF-8 form: it is written as \uXXXX (as QJsonDocument does), so
        // the text reads back to the same string; the runs between are converted in one piece.
        qsizetype start = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text.at(i);
            if (!ch.isSurrogate())
                continue;
            if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            const QByteArray run = text.mid(start, i - start).toUtf8();
            appendEscapedUtf8(out, run.constData(), run.size());
            const char16_t u = ch.unicode();
            const char e[6] = {'\\', 'u', kHex[(u >> 12) & 0xf], kHex[(u >> 8) & 0xf], kHex[(u >> 4) & 0xf], kHex[u & 0xf]};
            out.append(e, 6);
            start = i + 1;
        }
        const QByteArray utf8 = text.mid(start).toUtf8();
        appendEscapedUtf8(out, utf8.constData(), utf8.size());
    }
    out.append('"');
}

void JsonText::appendString(QByteArray &out, QLatin1StringView text)
{
    out.append('"');
    appendEscapedUtf8(out, text.data(), text.size()); // callers pass ASCII keys
    out.append('"');
}

void JsonText::appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    appendEscapedUtf8(out, utf8.data(), utf8.size());
    out.append('"');
}

void JsonText::appendKey(QByteArray &out, QLatin1StringView key, bool first)
{
    // Keys are the protocol's own ASCII names: nothing to escape.
    if (!first)
        out.append(',');
    out.append('"').append(key.data(), key.size()).append("\":", 2);
}

void JsonText::appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null", 4);
        return;
    case QJsonValue::Bool:
        value.toBool() ? out.append("true", 4) : out.append("false", 5);
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            out.append("null", 4);
        } else if (std::abs(d) < 9.0e15 && d == double(qint64(d))) {
            out.append(QByteArray::number(qint64(d)));
        } else {
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        }
        return;
    }
    case QJsonValue::Array:
        out.append(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        return;
    }
}

void JsonText::appendObject(QByteArray &out, const QJsonObject &object)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        appendValue(out, it.value());
    }
    out.append('}');
}

QByteArray JsonText::object(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(64 + object.size() * 48);
    appendObject(out, object);
    return out;
}

bool JsonText::looksLikeObject(const QByteArray &text)
{
    return text.size() >= 2 && text.front() == '{' && text.back() == '}';
}

} // namespace zt::sync
