#pragma once
// Which column of a ledger (接待台账) holds which field: guessed from the Chinese headers, changed by the user,
// saved by header text so it still fits when columns move.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <array>

namespace zt {

class LedgerColumns
{
    Q_DECLARE_TR_FUNCTIONS(LedgerColumns)
public:
    enum Field {
        VisitDate,    // 接待日期 (required)
        Deputies,     // 接待代表
        VisitorName,  // 来访人
        Phone,        // 联系电话
        Community,    // 村(社区)
        Problem,      // 反映问题 (required)
        Category,     // 问题类别
        Department,   // 交办部门
        AssignedDate, // 交办日期
        Deadline,     // 办理时限: a date or a number of working days
        RepliedDate,  // 答复日期
        ReplyText,    // 答复内容
        FedBackDate,  // 反馈日期
        Satisfaction, // 满意度
        ClosedDate,   // 办结日期
        FieldCount
    };

    LedgerColumns() { m_columns.fill(-1); }

    static QList<Field> fields();
    // Stable code for saving ("visit_date", ...).
    static QString code(Field field);
    // The usual header, as ledgers write it (接待日期, ...).
    static QString header(Field field);
    // For the mapping dialog, in the user's language.
    static QString label(Field field);
    static bool isRequired(Field field) { return field == VisitDate || field == Problem; }

    // Each field at the column whose header names it (also a few common variants: 日期, 手机, 社区, ...).
    static LedgerColumns fromHeaders(const QStringList &headers);
    // A saved mapping (field code -> header text) applied to this file's headers; fields whose header is not in
    // the file fall back to the guess from fromHeaders.
    static LedgerColumns fromJson(const QJsonObject &json, const QStringList &headers);
    QJsonObject toJson() const;
    // The name a mapping is remembered under for ledgers with these headers (same headers in the same order):
    // the headers themselves, so the list of saved mappings (ztctl import --mapping) stays readable.
    static QString mappingName(const QStringList &headers);

    int column(Field field) const { return m_columns[field]; } // -1: not in the file
    void setColumn(Field field, int column) { m_columns[field] = column; }
    // Required fields without a column.
    QList<Field> missingRequired() const;

private:
    std::array<int, FieldCount> m_columns{};
    QStringList m_headers;
};

} // namespace zt
