#include "suggestions/SuggestionDraft.h"

#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "storage/CaseDetailsReader.h"
#include "workflow/CaseWorkflow.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace zt {

namespace {

QList<QPair<QString, int>> ranked(const QHash<QString, int> &counts)
{
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

SuggestionEvidence SuggestionDraft::gather(Store &store, const QStringList &caseIds)
{
    SuggestionEvidence evidence;
    CaseDetailsReader reader(store);
    QSet<QString> people;
    QHash<QString, int> communities;
    QHash<QString, int> categories;
    for (const QString &id : caseIds) {
        const std::optional<CaseDetails> details = reader.load(id);
        if (!details)
            continue;
        const CaseRecord &r = details->record;
        evidence.cases.append({r.id, r.caseNo, r.title, details->communityName, r.registeredOn, r.status});
        const QString person = !r.citizenPhone.trimmed().isEmpty() ? r.citizenPhone.trimmed() : r.citizenName.trimmed();
        if (!person.isEmpty())
            people.insert(person);
        if (!details->communityName.isEmpty())
            ++communities[details->communityName];
        if (!details->categoryName.isEmpty())
            ++categories[details->categoryName];
        for (auto it = details->timeline.crbegin(); it != details->timeline.crend(); ++it) {
            if (it->event.kind == CaseEventKind::Replied) {
                evidence.replies.append({r.caseNo, it->departmentName.isEmpty() ? details->departmentName : it->departmentName,
                                         it->event.occurredAt.toLocalTime().date(), it->event.note});
                break;
            }
        }
    }
    std::sort(evidence.cases.begin(), evidence.cases.end(), [](const auto &a, const auto &b) {
        return a.registeredOn != b.registeredOn ? a.registeredOn < b.registeredOn : a.caseNo < b.caseNo;
    });
    evidence.citizens = int(people.size());
    if (!evidence.cases.isEmpty()) {
        evidence.firstRaised = evidence.cases.first().registeredOn;
        evidence.lastRaised = evidence.cases.last().registeredOn;
    }
    evidence.communities = ranked(communities);
    evidence.categories = ranked(categories);
    return evidence;
}

QString SuggestionDraft::html(const SuggestionEvidence &e, const QString &title, const QString &stationName,
                              const QDate &draftedOn)
{
    auto join = [](const QList<QPair<QString, int>> &items) {
        QStringList parts;
        for (const auto &[name, count] : items)
            parts << tr("%1 (%n case(s))", nullptr, count).arg(esc(name));
        return parts.join(QStringLiteral("、"));
    };

    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                                 "body{font-size:12pt;} h1{text-align:center;font-size:18pt;} "
                                 "h2{font-size:14pt;} p.meta{text-align:center;color:#444;} "
                                 "table{border-collapse:collapse;} th,td{border:1px solid #000;padding:3px;}"
                                 "</style></head><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(esc(title.trimmed().isEmpty() ? tr("Suggestion (draft)") : title));
    out += QStringLiteral("<p class=\"meta\">%1</p>")
               .arg(esc(tr("%1 · drafted on %2 · draft for the deputy to complete")
                            .arg(stationName, draftedOn.toString(Qt::ISODate))));

    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("1. What citizens raised")));
    // One fact a line: whole sentences translate well, fragments glued together do not.
    QStringList facts;
    if (e.cases.isEmpty()) {
        facts << esc(tr("No cases were selected."));
    } else {
        facts << esc(tr("From %1 to %2 the station received %n case(s) on this matter.", nullptr, int(e.cases.size()))
                         .arg(e.firstRaised.toString(Qt::ISODate), e.lastRaised.toString(Qt::ISODate)));
        facts << esc(tr("They were raised by %n citizen(s).", nullptr, e.citizens));
        if (!e.communities.isEmpty())
            facts << esc(tr("Communities: %1.")).arg(join(e.communities));
        if (!e.categories.isEmpty())
            facts << esc(tr("Categories: %1.")).arg(join(e.categories));
    }
    out += QStringLiteral("<ul><li>%1</li></ul>").arg(facts.join(QStringLiteral("</li><li>")));

    if (!e.cases.isEmpty()) {
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                   .arg(esc(tr("Case number")), esc(tr("Registered")), esc(tr("Community")), esc(tr("Problem")),
                        esc(tr("Status")));
        for (const auto &c : e.cases)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                       .arg(esc(c.caseNo), c.registeredOn.toString(Qt::ISODate), esc(c.communityName), esc(c.title),
                            esc(DomainText::caseStatus(c.status)));
        out += QStringLiteral("</table>");
    }

    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("2. What the departments replied")));
    if (e.replies.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No department has replied to these cases yet.")));
    } else {
        out += QStringLiteral("<ul>");
        for (const auto &r : e.replies)
            out += QStringLiteral("<li>%1</li>")
                       .arg(esc(tr("%1, %2 (case %3): %4")
                                    .arg(r.departmentName, r.repliedOn.toString(Qt::ISODate), r.caseNo, r.text)));
        out += QStringLiteral("</ul>");
    }

    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("3. Analysis")));
    out += QStringLiteral("<p>%1</p><p>&nbsp;</p>").arg(esc(tr("(Why this is a widespread problem, and its causes.)")));
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("4. Suggestions")));
    out += QStringLiteral("<p>%1</p><p>&nbsp;</p>").arg(esc(tr("(What the deputy proposes.)")));
    out += QStringLiteral("<p style=\"margin-top:30px\">%1 ____________ &nbsp;&nbsp; %2 ____________</p>")
               .arg(esc(tr("Deputy:")), esc(tr("Date:")));
    out += QStringLiteral("</body></html>");
    return out;
}

Status SuggestionDraft::markEscalated(Store &store, const WorkingDayCalendar &calendar,
                                      const SuggestionEvidence &evidence, const QString &title)
{
    CaseWorkflow workflow(store, calendar);
    const QString note = title.trimmed().isEmpty() ? tr("Carried into a deputy's suggestion")
                                                   : tr("Carried into the suggestion: %1").arg(title.trimmed());
    for (const auto &c : evidence.cases) {
        if (!CaseWorkflow::isAllowed(c.status, CaseWorkflow::Move::Escalate))
            continue; // a cancelled or merged case is evidence, but its own timeline is finished
        if (Status s = workflow.escalate(c.caseId, note); !s)
            return Error{s.error().code, tr("Case %1: %2").arg(c.caseNo, s.error().message)};
    }
    return {};
}

} // namespace zt
