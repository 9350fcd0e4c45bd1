#include "io/CaseExporter.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "io/LedgerColumns.h"
#include "privacy/PersonalDataMask.h"
#include "security/AccessPolicy.h"
#include "storage/CaseExportReader.h"
#include "storage/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace zt {

namespace {

using F = LedgerColumns::Field;

// Column order; the ledger's own columns first, in the order ledgers keep them.
enum Column {
    CaseNo,
    VisitDate,
    Deputies,
    VisitorName,
    Phone,
    IdNumber,
    Community,
    Problem,
    Category,
    StatusColumn,
    Department,
    Registered,
    Assigned,
    Deadline,
    Replied,
    ReplyText,
    FedBack,
    SatisfactionWords,
    Rated,
    Closed,
    ColumnCount
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The ledger's words, so the file reads back through the import whatever the UI language.
QString satisfactionWords(const QString &code)
{
    if (code == Satisfaction::Satisfied)
        return QStringLiteral("满意");
    if (code == Satisfaction::BasicallySatisfied)
        return QStringLiteral("基本满意");
    if (code == Satisfaction::Unsatisfied)
        return QStringLiteral("不满意");
    return {};
}

QString csvField(QString s)
{
    // A cell that a spreadsheet would run as a formula is written as text.
    if (!s.isEmpty() && (s.front() == QLatin1Char('=') || s.front() == QLatin1Char('@')))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

} // namespace

QByteArray CaseExporter::csvLine(const QStringList &cells)
{
    QStringList out;
    for (const QString &c : cells)
        out << csvField(c);
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

CaseExporter::CaseExporter(Store &store) : CaseExporter(store.db(), store.stationId()) {}

CaseExporter::CaseExporter(QSqlDatabase db, QString stationId) : m_db(std::move(db)), m_stationId(std::move(stationId))
{
}

QStringList CaseExporter::headers()
{
    // Chinese on purpose, in every UI language: these are the station ledger's column names (a file format
    // shared with the import and with other offices), not labels of this program.
    QStringList h(ColumnCount);
    h[CaseNo] = QStringLiteral("案件编号");
    h[VisitDate] = LedgerColumns::header(F::VisitDate);
    h[Deputies] = LedgerColumns::header(F::Deputies);
    h[VisitorName] = LedgerColumns::header(F::VisitorName);
    h[Phone] = LedgerColumns::header(F::Phone);
    h[IdNumber] = QStringLiteral("身份证号");
    h[Community] = LedgerColumns::header(F::Community);
    h[Problem] = LedgerColumns::header(F::Problem);
    h[Category] = LedgerColumns::header(F::Category);
    h[StatusColumn] = QStringLiteral("办理状态");
    h[Department] = LedgerColumns::header(F::Department);
    h[Registered] = QStringLiteral("登记日期");
    h[Assigned] = LedgerColumns::header(F::AssignedDate);
    h[Deadline] = LedgerColumns::header(F::Deadline);
    h[Replied] = LedgerColumns::header(F::RepliedDate);
    h[ReplyText] = LedgerColumns::header(F::ReplyText);
    h[FedBack] = LedgerColumns::header(F::FedBackDate);
    h[SatisfactionWords] = LedgerColumns::header(F::Satisfaction);
    h[Rated] = QStringLiteral("评价日期");
    h[Closed] = LedgerColumns::header(F::ClosedDate);
    return h;
}

bool CaseExporter::isDateColumn(int column)
{
    switch (column) {
    case VisitDate:
    case Registered:
    case Assigned:
    case Deadline:
    case Replied:
    case FedBack:
    case Rated:
    case Closed:
        return true;
    default:
        return false;
    }
}

QStringList CaseExporter::cells(const CaseExportRow &r, bool showPersonalData)
{
    QStringList c(ColumnCount);
    c[CaseNo] = r.caseNo;
    c[VisitDate] = iso(r.visitDate.isValid() ? r.visitDate : r.registered);
    c[Deputies] = r.deputies;
    c[VisitorName] = r.citizenName;
    c[Phone] = showPersonalData ? r.citizenPhone : PersonalDataMask::phone(r.citizenPhone);
    c[IdNumber] = showPersonalData ? r.citizenIdNumber : PersonalDataMask::idNumber(r.citizenIdNumber);
    c[Community] = r.community;
    c[Problem] = r.description.isEmpty() ? r.title : r.description;
    c[Category] = r.category;
    c[StatusColumn] = DomainText::caseStatus(r.status);
    c[Department] = r.department;
    c[Registered] = iso(r.registered);
    c[Assigned] = iso(r.assigned);
    c[Deadline] = iso(r.deadline);
    c[Replied] = iso(r.replied);
    c[ReplyText] = r.replyText;
    c[FedBack] = iso(r.fedBack);
    c[SatisfactionWords] = satisfactionWords(r.satisfaction);
    c[Rated] = iso(r.rated);
    c[Closed] = iso(r.closed);
    return c;
}

Result<qint64> CaseExporter::write(const QString &path, const CaseExportOptions &options,
                                   const std::function<bool(const QStringList &, const CaseExportRow &)> &writeRow)
{
    // A district user's drill-down exports what its list shows, other stations included; nobody else may
    // take another station's cases off the PC.
    const CaseFilter &f = options.filter;
    if ((!f.districtCode.isEmpty() || (!f.stationId.isEmpty() && f.stationId != m_stationId))
        && !AccessPolicy::allows(options.role, Permission::SeeAllStationsOfDistrict))
        return Error{QStringLiteral("access.denied"),
                     tr("Only a district officer may export the cases of other stations. Export the cases of this "
                        "station, or ask the district.")};
    const bool unmasked = AccessPolicy::allows(options.role, Permission::SeePersonalData);
    const QDate today = Clock::today();
    const qint64 total =
        options.progress ? CaseExportReader::count(m_db, m_stationId, options.filter, today) : 0;
    qint64 done = 0;
    bool cancelled = false;
    bool failed = false;
    QString error;
    const bool read = CaseExportReader::forEach(
        m_db, m_stationId, options.filter, today,
        [&](const CaseExportRow &row) {
            if (options.cancel && options.cancel->load()) {
                cancelled = true;
                return false;
            }
            if (!writeRow(cells(row, unmasked), row)) {
                failed = true;
                return false;
            }
            ++done;
            if (options.progress && (done % 500 == 0 || done == total))
                options.progress(done, total);
            return true;
        },
        &error);
    if (!read)
        return Error{QStringLiteral("export.read_failed"), tr("The cases could not be read: %1").arg(error)};
    if (cancelled)
        return Error{QStringLiteral("export.cancelled"), tr("The export was cancelled; no file was written.")};
    if (failed)
        return Error{QStringLiteral("export.write_failed"), tr("The file %1 could not be written.").arg(path)};
    return done;
}

Result<qint64> CaseExporter::writeCsv(const QString &path, const CaseExportOptions &options)
{
    // QSaveFile: the file appears whole or not at all (a cancelled export leaves nothing behind).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("export.write_failed"),
                     tr("The file %1 could not be written: %2").arg(path, file.errorString())};
    file.write("\xEF\xBB\xBF"); // Excel and WPS read UTF-8 only with the BOM
    file.write(csvLine(headers()));
    auto written = write(path, options, [&](const QStringList &cells, const CaseExportRow &) {
        return file.write(csvLine(cells)) >= 0;
    });
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{QStringLiteral("export.write_failed"),
                     tr("The file %1 could not be written: %2").arg(path, file.errorString())};
    return written;
}

Result<qint64> CaseExporter::writeXlsx(const QString &path, const CaseExportOptions &options)
{
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = LXW_TRUE; // rows go straight to disk: a million cases in little memory
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(partial).constData(), &wbOptions);
    if (!wb)
        return Error{QStringLiteral("export.write_failed"), tr("The file %1 could not be written.").arg(path)};
    lxw_worksheet *ws = workbook_add_worksheet(wb, "案件");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    const QStringList head = headers();
    for (int c = 0; c < head.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), head.at(c).toUtf8().constData(), bold);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), isDateColumn(c) ? 11 : (c == Problem ? 40 : 14), nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t r = 0;
    auto written = write(path, options, [&](const QStringList &cells, const CaseExportRow &) {
        ++r;
        for (int c = 0; c < cells.size(); ++c) {
            const QString &text = cells.at(c);
            if (text.isEmpty())
                continue;
            lxw_error e = LXW_NO_ERROR;
            if (isDateColumn(c)) {
                // A real date cell, shown as YYYY-MM-DD, so Excel sorts and filters it as a date.
                const QDate d = QDate::fromString(text, Qt::ISODate);
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                e = worksheet_write_datetime(ws, r, lxw_col_t(c), &dt, dateFormat);
            } else {
                // Text, always: phone and ID numbers must not turn into numbers (1.38E+10).
                e = worksheet_write_string(ws, r, lxw_col_t(c), text.toUtf8().constData(), nullptr);
            }
            if (e != LXW_NO_ERROR)
                return false;
        }
        return true;
    });
    const lxw_error closed = workbook_close(wb);
    if (!written) {
        QFile::remove(partial);
        return written;
    }
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error{QStringLiteral("export.write_failed"),
                     tr("The file %1 could not be written: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)))};
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return Error{QStringLiteral("export.write_failed"), tr("The file %1 could not be written.").arg(path)};
    return written;
}

} // namespace zt
