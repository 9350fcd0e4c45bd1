#include "io/LedgerColumns.h"

#include <QRegularExpression>
#include <algorithm>

namespace zt {

namespace {

struct FieldInfo
{
    const char *code;
    const char *header;
    QStringList variants; // other headers seen in ledgers, compared without spaces and brackets
};

const FieldInfo &info(LedgerColumns::Field f)
{
    static const FieldInfo table[] = {
        {"visit_date", "接待日期", {QStringLiteral("来访日期"), QStringLiteral("日期"), QStringLiteral("登记日期")}},
        {"deputies", "接待代表", {QStringLiteral("代表"), QStringLiteral("接待人大代表"), QStringLiteral("代表姓名")}},
        {"visitor_name", "来访人", {QStringLiteral("来访人员"), QStringLiteral("群众姓名"), QStringLiteral("姓名")}},
        {"phone", "联系电话", {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("手机号码")}},
        {"community", "村(社区)", {QStringLiteral("村社区"), QStringLiteral("社区"), QStringLiteral("村"),
                                   QStringLiteral("所在村社区")}},
        {"problem", "反映问题", {QStringLiteral("反映内容"), QStringLiteral("问题描述"), QStringLiteral("意见建议")}},
        {"category", "问题类别", {QStringLiteral("类别"), QStringLiteral("问题分类")}},
        {"department", "交办部门", {QStringLiteral("承办部门"), QStringLiteral("办理部门")}},
        {"assigned_date", "交办日期", {QStringLiteral("交办时间")}},
        {"deadline", "办理时限", {QStringLiteral("时限"), QStringLiteral("办结时限")}},
        {"replied_date", "答复日期", {QStringLiteral("答复时间")}},
        {"reply_text", "答复内容", {QStringLiteral("办理结果"), QStringLiteral("答复意见")}},
        {"fed_back_date", "反馈日期", {QStringLiteral("反馈时间")}},
        {"satisfaction", "满意度", {QStringLiteral("满意情况"), QStringLiteral("群众满意度")}},
        {"closed_date", "办结日期", {QStringLiteral("办结时间")}},
    };
    return table[f];
}

// Headers compare without spaces, brackets of either width and a trailing colon.
QString normalized(const QString &header)
{
    static const QRegularExpression noise(QStringLiteral("[\\s()（）:：\\[\\]【】]"));
    QString h = header;
    h.remove(noise);
    return h;
}

} // namespace

QList<LedgerColumns::Field> LedgerColumns::fields()
{
    QList<Field> out;
    for (int f = 0; f < FieldCount; ++f)
        out << Field(f);
    return out;
}

QString LedgerColumns::code(Field field)
{
    return QString::fromLatin1(info(field).code);
}

QString LedgerColumns::header(Field field)
{
    return QString::fromUtf8(info(field).header);
}

QString LedgerColumns::label(Field field)
{
    switch (field) {
    case VisitDate:
        return tr("Reception date");
    case Deputies:
        return tr("Receiving deputies");
    case VisitorName:
        return tr("Visitor");
    case Phone:
        return tr("Phone");
    case Community:
        return tr("Village or community");
    case Problem:
        return tr("Problem raised");
    case Category:
        return tr("Category");
    case Department:
        return tr("Department");
    case AssignedDate:
        return tr("Assigned on");
    case Deadline:
        return tr("Deadline");
    case RepliedDate:
        return tr("Replied on");
    case ReplyText:
        return tr("Reply");
    case FedBackDate:
        return tr("Fed back on");
    case Satisfaction:
        return tr("Satisfaction");
    case ClosedDate:
        return tr("Closed on");
    case FieldCount:
        break;
    }
    return {};
}

LedgerColumns LedgerColumns::fromHeaders(const QStringList &headers)
{
    LedgerColumns out;
    out.m_columns.fill(-1);
    out.m_headers = headers;
    QStringList norm;
    for (const QString &h : headers)
        norm << normalized(h);
    // Exact usual headers first, then variants, so "日期" never takes 接待日期's place.
    for (Field f : fields()) {
        const int at = int(norm.indexOf(normalized(header(f))));
        if (at >= 0)
            out.m_columns[f] = at;
    }
    for (Field f : fields()) {
        if (out.m_columns[f] >= 0)
            continue;
        for (const QString &variant : info(f).variants) {
            const int at = int(norm.indexOf(normalized(variant)));
            if (at >= 0 && !std::count(out.m_columns.begin(), out.m_columns.end(), at)) {
                out.m_columns[f] = at;
                break;
            }
        }
    }
    return out;
}

LedgerColumns LedgerColumns::fromJson(const QJsonObject &json, const QStringList &headers)
{
    LedgerColumns out = fromHeaders(headers);
    QStringList norm;
    for (const QString &h : headers)
        norm << normalized(h);
    for (Field f : fields()) {
        if (!json.contains(code(f)))
            continue;
        const QString wanted = json.value(code(f)).toString();
        // An empty header saved on purpose: the user chose "not in this ledger".
        out.m_columns[f] = wanted.isEmpty() ? -1 : int(norm.indexOf(normalized(wanted)));
        if (!wanted.isEmpty() && out.m_columns[f] < 0)
            out.m_columns[f] = fromHeaders(headers).m_columns[f];
    }
    return out;
}

QJsonObject LedgerColumns::toJson() const
{
    QJsonObject json;
    for (Field f : fields()) {
        const int c = m_columns[f];
        json.insert(code(f), c >= 0 && c < m_headers.size() ? m_headers.at(c) : QString());
    }
    return json;
}

QString LedgerColumns::mappingName(const QStringList &headers)
{
    QStringList names;
    for (const QString &h : headers)
        names << h.simplified();
    return names.join(QStringLiteral(", "));
}

QList<LedgerColumns::Field> LedgerColumns::missingRequired() const
{
    QList<Field> out;
    for (Field f : fields())
        if (isRequired(f) && m_columns[f] < 0)
            out << f;
    return out;
}

} // namespace zt
