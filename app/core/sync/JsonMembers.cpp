#include "sync/JsonMembers.h"

namespace zt::sync {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// At a '"': past the closing quote, or nullptr.
const char *skipString(const char *p, const char *end)
{
    for (++p; p < end; ++p) {
        if (*p == '\\') {
            ++p;
            continue;
        }
        if (*p == '"')
            return p + 1;
        if (quint8(*p) < 0x20)
            return nullptr;
    }
    return nullptr;
}

// Past one value (string, number, literal, nested array or object), or nullptr.
const char *skipValue(const char *p, const char *end)
{
    if (p >= end)
        return nullptr;
    if (*p == '"')
        return skipString(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        for (; p < end; ++p) {
            if (*p == '"') {
                p = skipString(p, end);
                if (!p)
                    return nullptr;
                --p;
            } else if (*p == '{' || *p == '[') {
                ++depth;
            } else if (*p == '}' || *p == ']') {
                if (--depth == 0)
                    return p + 1;
            }
        }
        return nullptr;
    }
    const char *start = p;
    while (p < end && *p != ',' && *p != '}' && *p != ']' && !isSpace(*p))
        ++p;
    const QByteArrayView token(start, p - start);
    if (token == "true" || token == "false" || token == "null")
        return p;
    if (token.isEmpty())
        return nullptr;
    for (const char c : token)
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
            return nullptr;
    return p;
}

} // namespace

bool JsonMembers::split(QByteArrayView object, List &members)
{
    members.clear();
    const char *p = object.data();
    const char *end = p + object.size();
    auto space = [&] {
        while (p < end && isSpace(*p))
            ++p;
    };
    space();
    if (p >= end || *p != '{')
        return false;
    ++p;
    space();
    if (p < end && *p == '}') {
        ++p;
        space();
        return p == end;
    }
    for (;;) {
        space();
        if (p >= end || *p != '"')
            return false;
        const char *nameEnd = skipString(p, end);
        if (!nameEnd)
            return false;
        const QByteArrayView name(p + 1, nameEnd - p - 2);
        p = nameEnd;
        space();
        if (p >= end || *p != ':')
            return false;
        ++p;
        space();
        const char *valueEnd = skipValue(p, end);
        if (!valueEnd)
            return false;
        members.append(Member{name, QByteArrayView(p, valueEnd - p)});
        p = valueEnd;
        space();
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            space();
            return p == end;
        }
        return false;
    }
}

} // namespace zt::sync
