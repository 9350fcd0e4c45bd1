#include "RuleEditorForm.h"

#include "ui_RuleEditorForm.h"

#include "common/Clock.h"
#include "deputies/DeputyService.h"
#include "deputies/RosterImporter.h"
#include "domain/DomainText.h"
#include "schedule/DeputySuggester.h"
#include "schedule/ReceptionRuleParser.h"
#include "schedule/ReceptionSchedule.h"
#include "storage/PointRepository.h"
#include "storage/Store.h"

#include <QEvent>
#include <QLocale>

namespace zt {

namespace {

QList<QCheckBox *> weekBoxes(Ui::RuleEditorForm &ui)
{
    return {ui.week1CheckBox, ui.week2CheckBox, ui.week3CheckBox, ui.week4CheckBox, ui.week5CheckBox};
}

} // namespace

RuleEditorForm::RuleEditorForm(Store &store, ReceptionSchedule &schedule, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RuleEditorForm>()), m_store(store), m_schedule(schedule)
{
    m_ui->setupUi(this);
    m_ui->ruleErrorLabel->hide();
    fillChoices();
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &RuleEditorForm::updateEnabled);
    connect(m_ui->untilCheckBox, &QCheckBox::toggled, this, &RuleEditorForm::updateEnabled);
    connect(m_ui->saveRuleButton, &QPushButton::clicked, this, &RuleEditorForm::save);
    connect(m_ui->deleteRuleButton, &QPushButton::clicked, this, &RuleEditorForm::remove);
    connect(m_ui->suggestButton, &QPushButton::clicked, this, &RuleEditorForm::suggest);
    showRule({});
}

RuleEditorForm::~RuleEditorForm() = default;

void RuleEditorForm::fillChoices()
{
    const int kind = m_ui->kindComboBox->currentIndex();
    const int weekday = m_ui->weekdayComboBox->currentIndex();
    const int half = m_ui->halfDayComboBox->currentIndex();
    const int policy = m_ui->holidayPolicyComboBox->currentIndex();
    const QString place = m_ui->placeComboBox->currentData().toString();
    m_ui->kindComboBox->clear();
    m_ui->kindComboBox->addItem(tr("Chosen weeks of each month (e.g. district deputies)"), int(ReceptionRule::Monthly));
    m_ui->kindComboBox->addItem(tr("Every week"), int(ReceptionRule::Weekly));
    m_ui->kindComboBox->addItem(tr("One date: appointment or themed reception"), int(ReceptionRule::Once));
    m_ui->kindComboBox->addItem(tr("Leaders' reception day (a different leader each month)"), int(ReceptionRule::LeaderRotation));
    m_ui->weekdayComboBox->clear();
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        m_ui->weekdayComboBox->addItem(QLocale().dayName(d), d);
    m_ui->halfDayComboBox->clear();
    m_ui->halfDayComboBox->addItem(DomainText::halfDay(HalfDay::Morning), HalfDay::Morning);
    m_ui->halfDayComboBox->addItem(DomainText::halfDay(HalfDay::Afternoon), HalfDay::Afternoon);
    m_ui->holidayPolicyComboBox->clear();
    m_ui->holidayPolicyComboBox->addItem(tr("Move to the next working day"), int(ReceptionRule::MoveToNext));
    m_ui->holidayPolicyComboBox->addItem(tr("Move to the working day before"), int(ReceptionRule::MoveToPrevious));
    m_ui->holidayPolicyComboBox->addItem(tr("Drop that session"), int(ReceptionRule::Skip));
    m_ui->holidayPolicyComboBox->addItem(tr("Keep it on the holiday"), int(ReceptionRule::Keep));
    m_ui->placeComboBox->clear();
    m_ui->placeComboBox->addItem(tr("The station itself"), QString());
    for (const Point &p : PointRepository(m_store).listForStation(m_store.stationId()))
        m_ui->placeComboBox->addItem(p.name, p.id);
    m_ui->kindComboBox->setCurrentIndex(std::max(0, kind));
    m_ui->weekdayComboBox->setCurrentIndex(std::max(0, weekday));
    m_ui->halfDayComboBox->setCurrentIndex(std::max(0, half));
    m_ui->holidayPolicyComboBox->setCurrentIndex(std::max(0, policy));
    m_ui->placeComboBox->setCurrentIndex(std::max(0, m_ui->placeComboBox->findData(place)));
}

void RuleEditorForm::fillDeputies(const QStringList &pool)
{
    m_deputies = DeputyService(m_store).all();
    m_ui->deputiesListWidget->clear();
    // The pool first, in rotation order, ticked; everyone else after, unticked.
    QList<Deputy> ordered;
    for (const QString &id : pool)
        for (const Deputy &d : std::as_const(m_deputies))
            if (d.id == id)
                ordered << d;
    for (const Deputy &d : std::as_const(m_deputies))
        if (!pool.contains(d.id) && d.active)
            ordered << d;
    for (const Deputy &d : ordered) {
        auto *item = new QListWidgetItem(QStringLiteral("%1（%2）").arg(d.name, DomainText::deputyLevel(d.level)),
                                         m_ui->deputiesListWidget);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(pool.contains(d.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(d.expertise.join(QStringLiteral("、")));
    }
}

void RuleEditorForm::showRule(const StoredReceptionRule &stored)
{
    m_stored = stored;
    m_ui->ruleErrorLabel->hide();
    ReceptionRule rule;
    if (!stored.ruleText.isEmpty()) {
        if (auto parsed = ReceptionRuleParser::parse(stored.ruleText))
            rule = parsed.value();
    } else {
        // A new rule: the article's district pattern, from the first of next month.
        rule.weeks = {2, 4};
        const QDate today = Clock::today();
        rule.validFrom = QDate(today.year(), today.month(), 1).addMonths(1);
        rule.perSession = 2;
    }
    m_ui->titleLineEdit->setText(stored.title);
    m_ui->kindComboBox->setCurrentIndex(std::max(0, m_ui->kindComboBox->findData(int(rule.kind))));
    const QList<QCheckBox *> boxes = weekBoxes(*m_ui);
    for (int i = 0; i < boxes.size(); ++i)
        boxes.at(i)->setChecked(rule.weeks.contains(i + 1));
    m_ui->lastWeekCheckBox->setChecked(rule.weeks.contains(ReceptionRule::LastWeek));
    m_ui->weekdayComboBox->setCurrentIndex(std::max(0, m_ui->weekdayComboBox->findData(rule.weekday)));
    m_ui->halfDayComboBox->setCurrentIndex(std::max(0, m_ui->halfDayComboBox->findData(rule.halfDay)));
    m_ui->dateEdit->setDate(rule.kind == ReceptionRule::Once && rule.validFrom.isValid() ? rule.validFrom
                                                                                         : Clock::today().addDays(7));
    m_ui->fromDateEdit->setDate(rule.validFrom.isValid() ? rule.validFrom : Clock::today());
    m_ui->untilCheckBox->setChecked(rule.validUntil.isValid() && rule.kind != ReceptionRule::Once);
    m_ui->untilDateEdit->setDate(rule.validUntil.isValid() ? rule.validUntil
                                                           : QDate(m_ui->fromDateEdit->date().year(), 12, 31));
    m_ui->placeComboBox->setCurrentIndex(std::max(0, m_ui->placeComboBox->findData(stored.pointId)));
    m_ui->holidayPolicyComboBox->setCurrentIndex(
        std::max(0, m_ui->holidayPolicyComboBox->findData(int(rule.holidayPolicy))));
    m_ui->topicLineEdit->setText(rule.topic);
    m_ui->tagsLineEdit->setText(rule.expertiseTags.join(QStringLiteral("、")));
    m_ui->perSessionSpinBox->setValue(rule.perSession);
    m_ui->activeCheckBox->setChecked(stored.id.isEmpty() || stored.active);
    m_ui->deleteRuleButton->setEnabled(!stored.id.isEmpty());
    fillDeputies(rule.deputyIds);
    updateEnabled();
}

void RuleEditorForm::updateEnabled()
{
    const auto kind = ReceptionRule::Kind(m_ui->kindComboBox->currentData().toInt());
    const bool weeks = kind == ReceptionRule::Monthly || kind == ReceptionRule::LeaderRotation;
    const bool once = kind == ReceptionRule::Once;
    for (QCheckBox *box : weekBoxes(*m_ui))
        box->setEnabled(weeks);
    m_ui->lastWeekCheckBox->setEnabled(weeks);
    m_ui->weekdayComboBox->setEnabled(!once);
    m_ui->dateEdit->setEnabled(once);
    m_ui->fromDateEdit->setEnabled(!once);
    m_ui->untilCheckBox->setEnabled(!once);
    m_ui->untilDateEdit->setEnabled(!once && m_ui->untilCheckBox->isChecked());
}

ReceptionRule RuleEditorForm::rule() const
{
    ReceptionRule r;
    r.kind = ReceptionRule::Kind(m_ui->kindComboBox->currentData().toInt());
    r.halfDay = m_ui->halfDayComboBox->currentData().toString();
    if (r.kind == ReceptionRule::Monthly || r.kind == ReceptionRule::LeaderRotation) {
        const QList<QCheckBox *> boxes = weekBoxes(*m_ui);
        for (int i = 0; i < boxes.size(); ++i)
            if (boxes.at(i)->isChecked())
                r.weeks << i + 1;
        if (m_ui->lastWeekCheckBox->isChecked())
            r.weeks << ReceptionRule::LastWeek;
    }
    if (r.kind == ReceptionRule::Once) {
        r.validFrom = r.validUntil = m_ui->dateEdit->date();
    } else {
        r.weekday = m_ui->weekdayComboBox->currentData().toInt();
        r.validFrom = m_ui->fromDateEdit->date();
        if (m_ui->untilCheckBox->isChecked())
            r.validUntil = m_ui->untilDateEdit->date();
    }
    for (int i = 0; i < m_ui->deputiesListWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->deputiesListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            r.deputyIds << item->data(Qt::UserRole).toString();
    }
    r.perSession = m_ui->perSessionSpinBox->value();
    r.topic = m_ui->topicLineEdit->text().trimmed();
    r.expertiseTags = RosterImporter::tagsFromText(m_ui->tagsLineEdit->text());
    r.holidayPolicy = ReceptionRule::HolidayPolicy(m_ui->holidayPolicyComboBox->currentData().toInt());
    return r;
}

void RuleEditorForm::showError(const QString &message)
{
    m_ui->ruleErrorLabel->setText(message);
    m_ui->ruleErrorLabel->setVisible(!message.isEmpty());
}

bool RuleEditorForm::save()
{
    const ReceptionRule r = rule();
    if ((r.kind == ReceptionRule::Monthly || r.kind == ReceptionRule::LeaderRotation) && r.weeks.isEmpty()) {
        showError(tr("Tick at least one week of the month."));
        return false;
    }
    if (r.validUntil.isValid() && r.validUntil < r.validFrom) {
        showError(tr("The rule ends before it starts."));
        return false;
    }
    StoredReceptionRule stored = m_stored;
    stored.title = m_ui->titleLineEdit->text();
    stored.ruleText = ReceptionRuleParser::toText(r);
    stored.pointId = m_ui->placeComboBox->currentData().toString();
    stored.active = m_ui->activeCheckBox->isChecked();
    auto saved = m_schedule.saveRule(stored);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    showError({});
    m_stored = saved.value();
    m_ui->deleteRuleButton->setEnabled(true);
    emit this->saved(m_stored.id);
    return true;
}

void RuleEditorForm::remove()
{
    if (m_stored.id.isEmpty())
        return;
    if (Status s = m_schedule.removeRule(m_stored.id); !s) {
        showError(s.error().message);
        return;
    }
    showRule({});
    emit removed();
}

void RuleEditorForm::suggest()
{
    const ReceptionRule r = rule();
    const QStringList tags = r.expertiseTags;
    if (tags.isEmpty()) {
        showError(tr("Type the expertise the topic needs (e.g. 教育、心理), then ask for suggestions."));
        return;
    }
    const QList<DeputySuggestion> ranked = DeputySuggester::suggest(m_deputies, tags, r.validFrom);
    QStringList pool;
    for (const DeputySuggestion &s : ranked)
        if (!s.matchedTags.isEmpty())
            pool << s.deputy.id;
    // Suggested deputies go to the top, ticked; staff untick whoever cannot come.
    QStringList keep = pool;
    for (const QString &id : r.deputyIds)
        if (!keep.contains(id))
            keep << id;
    fillDeputies(keep);
    showError(pool.isEmpty() ? tr("No deputy serving on that day has this expertise.") : QString());
}

void RuleEditorForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
    }
    QWidget::changeEvent(event);
}

} // namespace zt
