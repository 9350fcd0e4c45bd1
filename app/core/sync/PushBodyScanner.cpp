#include "sync/PushBodyScanner.h"

#include <cstring>

namespace zt::sync {

namespace {

// Strict UTF-8: what Qt's JSON parser takes, minus the noncharacters (left to it: the scanner only
// has to be sure it never accepts what the parser would refuse).
bool validUtf8(const uchar *p, const uchar *end)
{
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= n)
            return false;
        for (int i = 1; i <= n; ++i) {
            const uchar cc = p[i];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)
            || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
            return false;
        p += n + 1;
    }
    return true;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Scanner
{
public:
    Scanner(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool null()
    {
        skipSpace();
        if (m_end - m_p < 4 || std::memcmp(m_p, "null", 4) != 0)
            return false;
        m_p += 4;
        return true;
    }

    // A key the scanner knows by its bytes: ASCII, no escape (anything else is left to the parser).
    bool rawKey(QByteArrayView *out)
    {
        if (!eat('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const uchar c = uchar(*m_p);
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return eat(':');
    }

    // A string, decoded into out; or, when asciiView is given and the string is plain ASCII without
    // escapes, only a view of its bytes (out untouched).
    bool string(QString *out, QByteArrayView *asciiView = nullptr)
    {
        QByteArrayView bytes;
        QByteArray decoded;
        bool ascii = false;
        if (!utf8String(&bytes, &decoded, &ascii))
            return false;
        if (!ascii)
            *out = QString::fromUtf8(bytes);
        else if (asciiView)
            *asciiView = bytes;
        else
            *out = QString::fromLatin1(bytes);
        return true;
    }

    // Digits only (no sign, fraction or exponent; the caller's next delimiter refuses those), at most 15.
    bool unsignedInteger(qint64 *out)
    {
        skipSpace();
        const char *start = m_p;
        qint64 n = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            n = n * 10 + (*m_p - '0');
            ++m_p;
            if (m_p - start > 15)
                return false;
        }
        if (m_p == start || (*start == '0' && m_p - start > 1))
            return false;
        *out = n;
        return true;
    }

    // A plain integer at the cursor: an optional minus, no leading zero, at most 18 digits; a
    // fraction or an exponent is not one (left to the parser).
    bool integer(qint64 *out, qsizetype *digits)
    {
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        const char *start = m_p;
        qint64 n = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            n = n * 10 + (*m_p - '0');
            ++m_p;
            if (m_p - start > 18)
                return false;
        }
        if (m_p == start || (*start == '0' && (m_p - start > 1 || negative)))
            return false;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        *out = negative ? -n : n;
        *digits = m_p - start;
        return true;
    }

    // A field's value: a string, a plain integer, true, false or null.
    bool scalar(QJsonValue *out)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        const char c = *m_p;
        if (c == '"') {
            QString s;
            QByteArrayView ascii;
            if (!string(&s, &ascii))
                return false;
            *out = ascii.data() ? QJsonValue(QString::fromLatin1(ascii)) : QJsonValue(s);
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            qint64 n = 0;
            qsizetype digits = 0;
            if (!integer(&n, &digits))
                return false;
            *out = QJsonValue(n);
            return true;
        }
        auto literal = [this](const char *word, qsizetype size) {
            if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
                return false;
            m_p += size;
            return true;
        };
        if (literal("true", 4)) {
            *out = QJsonValue(true);
            return true;
        }
        if (literal("false", 5)) {
            *out = QJsonValue(false);
            return true;
        }
        if (literal("null", 4)) {
            *out = QJsonValue(QJsonValue::Null);
            return true;
        }
        return false;
    }

    // An object of scalars.
    bool flatObject(QJsonObject *out)
    {
        if (!eat('{'))
            return false;
        if (eat('}'))
            return true;
        do {
            QString key;
            QByteArrayView asciiKey;
            QJsonValue value;
            if (!string(&key, &asciiKey) || !eat(':') || !scalar(&value))
                return false;
            const qsizetype before = out->size();
            if (asciiKey.data())
                out->insert(QLatin1StringView(asciiKey.data(), asciiKey.size()), value);
            else
                out->insert(key, value);
            if (out->size() == before)
                return false; // a key twice: left to the parser
        } while (eat(','));
        return eat('}');
    }

    // A string as UTF-8: a view of its bytes when it has no escape, else decoded into buffer (and
    // the view points there). ascii: plain ASCII without escapes.
    bool utf8String(QByteArrayView *out, QByteArray *buffer, bool *ascii)
    {
        if (!eat('"'))
            return false;
        const char *start = m_p;
        bool high = false;
        while (m_p < m_end) {
            const uchar c = uchar(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                if (!escapedUtf8(start, buffer))
                    return false;
                *out = QByteArrayView(*buffer);
                *ascii = false;
                return true;
            }
            if (c < 0x20)
                return false;
            high = high || c >= 0x80;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        *ascii = !high;
        return !high || validUtf8(reinterpret_cast<const uchar *>(out->data()), reinterpret_cast<const uchar *>(out->data() + out->size()));
    }

    // An object of scalars into its flat form (decision 36). plain: the form ScannedFields holds
    // (ASCII keys without escapes in ascending order, integers of at most 15 digits); when it is
    // not, the caller makes the QJsonObject from out.
    bool flatFields(ScannedFields *out, bool *plain)
    {
        *plain = true;
        if (!eat('{'))
            return false;
        if (eat('}'))
            return true;
        QByteArray keyBuffer;
        QByteArray valueBuffer;
        do {
            QByteArrayView key;
            bool asciiKey = false;
            if (!utf8String(&key, &keyBuffer, &asciiKey) || !eat(':'))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            const char c = *m_p;
            bool ascending = true;
            if (c == '"') {
                QByteArrayView value;
                bool asciiValue = false;
                if (!utf8String(&value, &valueBuffer, &asciiValue))
                    return false;
                ascending = out->add(key, ScannedFields::Kind::String, value);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                qint64 n = 0;
                qsizetype digits = 0;
                if (!integer(&n, &digits))
                    return false;
                *plain = *plain && digits <= 15;
                ascending = out->add(key, ScannedFields::Kind::Integer, {}, n);
            } else if (m_end - m_p >= 4 && std::memcmp(m_p, "true", 4) == 0) {
                m_p += 4;
                ascending = out->add(key, ScannedFields::Kind::True);
            } else if (m_end - m_p >= 5 && std::memcmp(m_p, "false", 5) == 0) {
                m_p += 5;
                ascending = out->add(key, ScannedFields::Kind::False);
            } else if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
                m_p += 4;
                ascending = out->add(key, ScannedFields::Kind::Null);
            } else {
                return false;
            }
            *plain = *plain && asciiKey && ascending;
        } while (eat(','));
        return eat('}');
    }

private:
    // The rest of a string with an escape in it, from its start, decoded into utf8 (valid UTF-8).
    bool escapedUtf8(const char *start, QByteArray *decoded)
    {
        QByteArray &utf8 = *decoded;
        utf8 = QByteArray(start, m_p - start);
        while (m_p < m_end) {
            const uchar c = uchar(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c != '\\') {
                utf8.append(char(c));
                ++m_p;
                continue;
            }
            if (m_end - m_p < 2)
                return false;
            const char e = m_p[1];
            m_p += 2;
            switch (e) {
            case '"': utf8.append('"'); break;
            case '\\': utf8.append('\\'); break;
            case '/': utf8.append('/'); break;
            case 'b': utf8.append('\b'); break;
            case 'f': utf8.append('\f'); break;
            case 'n': utf8.append('\n'); break;
            case 'r': utf8.append('\r'); break;
            case 't': utf8.append('\t'); break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                uint cp = 0;
                for (int i = 0; i < 4; ++i) {
                    const int d = hexDigit(m_p[i]);
                    if (d < 0)
                        return false;
                    cp = (cp << 4) | uint(d);
                }
                m_p += 4;
                if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
                    return false; // NUL and surrogates: left to the parser
                const char32_t ch = cp;
                utf8.append(QString::fromUcs4(&ch, 1).toUtf8());
                break;
            }
            default:
                return false;
            }
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        return validUtf8(reinterpret_cast<const uchar *>(utf8.constData()), reinterpret_cast<const uchar *>(utf8.constData() + utf8.size()));
    }

    const char *m_p;
    const char *m_end;
};

// Mutation::fromJson's rules for its text keys: null leaves an optional one empty, as an absent key does.
bool text(Scanner &s, QString *out, bool required)
{
    if (!required && s.null())
        return true;
    QString value;
    if (!s.string(&value) || value.size() > 200 || (required && value.isEmpty()))
        return false;
    *out = value;
    return true;
}

enum Key : uint {
    DeviceSeq = 1u << 0,
    MutationId = 1u << 1,
    TxId = 1u << 2,
    Tbl = 1u << 3,
    RowId = 1u << 4,
    Op = 1u << 5,
    Fields = 1u << 6,
    BaseSv = 1u << 7,
    BaseFields = 1u << 8,
    Hlc = 1u << 9,
    UserId = 1u << 10,
    SchemaV = 1u << 11,
};

uint mutationKey(QByteArrayView k)
{
    static const std::pair<QByteArrayView, uint> keys[] = {
        {"device_seq", DeviceSeq}, {"mutation_id", MutationId}, {"tx_id", TxId},           {"tbl", Tbl},
        {"row_id", RowId},         {"op", Op},                  {"fields", Fields},        {"base_sv", BaseSv},
        {"base_fields", BaseFields}, {"hlc", Hlc},              {"user_id", UserId},       {"schema_v", SchemaV},
    };
    for (const auto &[name, bit] : keys)
        if (k == name)
            return bit;
    return 0;
}

bool mutation(Scanner &s, Mutation *m, PushBatch::InsertFields insertFields)
{
    if (!s.eat('{'))
        return false;
    uint seen = 0;
    qint64 schema = 0;
    ScannedFields flat;
    bool plain = false;
    do {
        QByteArrayView k;
        if (!s.rawKey(&k))
            return false;
        const uint key = mutationKey(k);
        if (key == 0 || (seen & key))
            return false;
        seen |= key;
        bool ok = false;
        switch (key) {
        case DeviceSeq: ok = s.unsignedInteger(&m->deviceSeq) && m->deviceSeq >= 1; break;
        case BaseSv: ok = s.unsignedInteger(&m->baseSv); break;
        case SchemaV: ok = s.unsignedInteger(&schema); break;
        case MutationId: ok = text(s, &m->mutationId, true); break;
        case TxId: ok = text(s, &m->txId, false); break;
        case Tbl: ok = text(s, &m->table, true); break;
        case RowId: ok = text(s, &m->rowId, true); break;
        case Op: ok = text(s, &m->op, true); break;
        case Hlc: ok = text(s, &m->hlc, true); break;
        case UserId: ok = text(s, &m->userId, false); break;
        case Fields: ok = s.flatFields(&flat, &plain); break;
        case BaseFields: ok = s.flatObject(&m->baseFields); break;
        }
        if (!ok)
            return false;
    } while (s.eat(','));
    if (!s.eat('}'))
        return false;
    constexpr uint required = DeviceSeq | BaseSv | SchemaV | MutationId | Tbl | RowId | Op | Hlc | Fields;
    if ((seen & required) != required)
        return false;
    m->schemaV = int(schema);
    if (m->op != QLatin1String("insert") && m->op != QLatin1String("update") && m->op != QLatin1String("delete"))
        return false;
    // An insert in the plain form keeps its fields as UTF-8 (decision 36); any other mutation gets
    // the QJsonObject it always had.
    if (insertFields == PushBatch::InsertFields::Scanned && plain && m->op == QLatin1String("insert")) {
        m->scannedFields = std::move(flat);
        m->fieldsScanned = true;
        return true;
    }
    m->fields = flat.toObject();
    return m->fields.size() == flat.size(); // a key twice: left to the parser
}

} // namespace

std::optional<PushBatch> PushBodyScanner::scan(const QByteArray &body, int maxMutations, PushBatch::InsertFields insertFields)
{
    Scanner s(body.constData(), body.constData() + body.size());
    if (!s.eat('{'))
        return std::nullopt;
    PushBatch batch;
    bool device = false, batchId = false, mutations = false;
    do {
        QByteArrayView k;
        if (!s.rawKey(&k))
            return std::nullopt;
        if (k == "device_id" && !device) {
            device = s.string(&batch.deviceId);
            if (!device)
                return std::nullopt;
        } else if (k == "batch_id" && !batchId) {
            batchId = s.string(&batch.batchId);
            if (!batchId)
                return std::nullopt;
        } else if (k == "mutations" && !mutations) {
            mutations = true;
            if (!s.eat('[') || s.eat(']'))
                return std::nullopt;
            // ~1 KiB a case insert in the body: room for all of them without growing the list.
            batch.mutations.reserve(qMin<qsizetype>(maxMutations, body.size() / 256 + 1));
            do {
                if (batch.mutations.size() >= maxMutations)
                    return std::nullopt;
                Mutation m;
                if (!mutation(s, &m, insertFields))
                    return std::nullopt;
                if (!batch.mutations.isEmpty() && m.deviceSeq != batch.mutations.last().deviceSeq + 1)
                    return std::nullopt;
                batch.mutations.append(std::move(m));
            } while (s.eat(','));
            if (!s.eat(']'))
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    } while (s.eat(','));
    if (!s.eat('}') || !s.atEnd() || !device || !batchId || !mutations)
        return std::nullopt;
    return batch;
}

} // namespace zt::sync
