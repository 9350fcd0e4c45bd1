#include "ScheduleCommand.h"

#include "Console.h"
#include "common/Clock.h"
#include "domain/DomainText.h"
#include "schedule/IcsExporter.h"
#include "schedule/ReceptionSchedule.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace zt::ctl {

namespace {
const QString kYear = QStringLiteral("year");
const QString kIcs = QStringLiteral("ics");
const QString kAddRule = QStringLiteral("add-rule");
const QString kTitle = QStringLiteral("title");
} // namespace

QString ScheduleCommand::summary() const
{
    return tr("List a year's reception days, export them as an .ics calendar, or add a schedule rule.");
}

QString ScheduleCommand::synopsis() const
{
    return tr("--db PATH [--year YYYY] [--ics FILE] [--add-rule TEXT [--title TITLE]]");
}

QList<QCommandLineOption> ScheduleCommand::options() const
{
    return {QCommandLineOption(kYear, tr("The year (default: this year)."), tr("year")),
            QCommandLineOption(kIcs, tr("Write the year's reception days to this .ics calendar file."), tr("file")),
            QCommandLineOption(kAddRule,
                               tr("Add a rule, e.g. \"monthly weeks=2,4 day=thu half=pm from=2026-01-01\"."),
                               tr("text")),
            QCommandLineOption(kTitle, tr("The title of the added rule, as notices show it."), tr("title"))};
}

ExitCode ScheduleCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    int year = Clock::today().year();
    if (context.parser.isSet(kYear)) {
        bool ok = false;
        year = context.parser.value(kYear).toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            return console.usageError(tr("--year wants a year such as 2026."), name());
    }
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = Store::open(context.dbPath, options);
    if (!opened)
        return console.failed(opened.error());
    Store &store = *opened.value();
    if (!store.isSetUp())
        return console.failed(tr("The store is not set up for a station yet (run ztctl init)."));
    ReceptionSchedule schedule(store);

    if (context.parser.isSet(kAddRule)) {
        StoredReceptionRule rule;
        rule.ruleText = context.parser.value(kAddRule);
        rule.title = context.parser.value(kTitle);
        auto saved = schedule.saveRule(rule);
        if (!saved)
            return console.failed(saved.error());
        console.out() << tr("Added rule: %1").arg(saved->ruleText) << '\n';
    }

    const QList<ReceptionDay> days = schedule.days(QDate(year, 1, 1), QDate(year, 12, 31));
    if (!schedule.calendar().covers(year))
        console.err() << tr("Warning: the official holidays of %1 are not in this version's calendar; "
                            "sessions on holidays are not moved.")
                             .arg(year)
                      << '\n';
    QList<ReceptionNotice> notices;
    for (const ReceptionDay &day : days)
        notices << ReceptionNotice::build(store, day);

    if (context.parser.isSet(kIcs)) {
        const QString target = QFileInfo(context.parser.value(kIcs)).absoluteFilePath();
        const QString stationName = StationRepository(store).find(store.stationId()).value_or(Station{}).name;
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return console.failed(tr("Cannot write %1: %2").arg(target, file.errorString()));
        file.write(IcsExporter::toIcs(notices, tr("%1 reception days %2").arg(stationName).arg(year)));
        if (!file.commit())
            return console.failed(tr("Cannot write %1: %2").arg(target, file.errorString()));
        console.out() << tr("Wrote %n reception day(s) of %1 to %2.", nullptr, int(notices.size())).arg(year).arg(target)
                      << '\n';
    } else {
        for (const ReceptionNotice &n : notices) {
            QStringList names;
            for (const NoticeDeputy &d : n.deputies)
                names << d.name;
            console.out() << n.date.toString(Qt::ISODate) << '\t' << DomainText::halfDay(n.halfDay) << '\t'
                          << n.title << (n.topic.isEmpty() ? QString() : QStringLiteral(": ") + n.topic) << '\t'
                          << names.join(QStringLiteral("、"));
            if (n.movedFrom.isValid())
                console.out() << '\t' << tr("(moved from %1, %2)").arg(n.movedFrom.toString(Qt::ISODate), n.holidayName);
            console.out() << '\n';
        }
    }
    console.out().flush();
    return ExitOk;
}

} // namespace zt::ctl
