#include "NotableCasesPanel.h"

#include "ui_NotableCasesPanel.h"

#include "ActivitiesDialog.h"
#include "domain/NotableCase.h"
#include "storage/NotableCaseRepository.h"
#include "storage/Store.h"

#include <QEvent>
#include <QListWidgetItem>
#include <QPushButton>

namespace zt {

NotableCasesPanel::NotableCasesPanel(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_ui(std::make_unique<Ui::NotableCasesPanel>())
{
    m_ui->setupUi(this);
    m_ui->notableErrorLabel->hide();
    connect(m_ui->addNotableButton, &QPushButton::clicked, this, [this] { addCase(m_ui->caseNumberLineEdit->text()); });
    connect(m_ui->caseNumberLineEdit, &QLineEdit::returnPressed, this,
            [this] { addCase(m_ui->caseNumberLineEdit->text()); });
    connect(m_ui->removeNotableButton, &QPushButton::clicked, this, &NotableCasesPanel::removeSelected);
    connect(m_ui->activitiesButton, &QPushButton::clicked, this, &NotableCasesPanel::openActivities);
    connect(m_ui->notableCasesListWidget, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->removeNotableButton->setEnabled(row >= 0); });
    m_ui->removeNotableButton->setEnabled(false);
}

NotableCasesPanel::~NotableCasesPanel() = default;

void NotableCasesPanel::setPeriod(const StatsPeriod &period)
{
    m_period = period;
    retranslate();
    reload();
}

void NotableCasesPanel::retranslate()
{
    m_ui->retranslateUi(this);
    const bool month = m_period.kind() == StatsPeriod::Kind::Month;
    m_ui->notableTitleLabel->setText(month ? tr("Notable cases for the report of %1").arg(m_period.label())
                                           : tr("Notable cases picked in %1").arg(m_period.label()));
    // Cases and activities are picked month by month: the annual report gathers them.
    m_ui->caseNumberLineEdit->setEnabled(month);
    m_ui->addNotableButton->setEnabled(month);
    m_ui->activitiesButton->setEnabled(month);
}

void NotableCasesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_period.isValid()) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void NotableCasesPanel::reload()
{
    QListWidget *list = m_ui->notableCasesListWidget;
    list->clear();
    if (!m_period.isValid())
        return;
    const QList<NotableCaseLine> lines =
        NotableCaseRepository(m_store).lines(NotableCase::periodOf(m_period.from()), NotableCase::periodOf(m_period.to()));
    for (const NotableCaseLine &l : lines) {
        // The end of the number is what people say ("A0012"); the whole one is in the tooltip.
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(l.caseNo.section(QLatin1Char('-'), -1), l.title), list);
        item->setToolTip(l.caseNo);
        item->setData(Qt::UserRole, l.caseId);
        item->setData(Qt::UserRole + 1, l.period);
    }
    m_ui->notableHintLabel->setText(lines.isEmpty() ? tr("None picked: the report lists the cases escalated in this period.")
                                                    : QString());
    m_ui->notableHintLabel->setVisible(lines.isEmpty());
    m_ui->removeNotableButton->setEnabled(false);
}

QStringList NotableCasesPanel::listedCaseIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->notableCasesListWidget->count(); ++i)
        ids << m_ui->notableCasesListWidget->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void NotableCasesPanel::showError(const QString &message)
{
    m_ui->notableErrorLabel->setText(message);
    m_ui->notableErrorLabel->setVisible(!message.isEmpty());
}

bool NotableCasesPanel::addCase(const QString &caseNumber)
{
    if (caseNumber.trimmed().isEmpty()) {
        showError(tr("Type the case's number, e.g. A0012."));
        m_ui->caseNumberLineEdit->setFocus();
        return false;
    }
    const Status added = NotableCaseRepository(m_store).markByNumber(caseNumber, NotableCase::periodOf(m_period.from()));
    if (!added) {
        showError(added.error().message);
        m_ui->caseNumberLineEdit->setFocus();
        return false;
    }
    showError({});
    m_ui->caseNumberLineEdit->clear();
    reload();
    emit reportChanged();
    return true;
}

void NotableCasesPanel::removeSelected()
{
    QListWidgetItem *item = m_ui->notableCasesListWidget->currentItem();
    if (!item)
        return;
    // Off the month it is listed under (for a year: off every month of that year it was picked for).
    const QString caseId = item->data(Qt::UserRole).toString();
    NotableCaseRepository repository(m_store);
    Status removed;
    if (m_period.kind() == StatsPeriod::Kind::Month) {
        removed = repository.unmark(caseId, NotableCase::periodOf(m_period.from()));
    } else {
        for (const QString &period : repository.periodsOf(caseId))
            if (removed && period >= NotableCase::periodOf(m_period.from()) && period <= NotableCase::periodOf(m_period.to()))
                removed = repository.unmark(caseId, period);
    }
    if (!removed) {
        showError(removed.error().message);
        return;
    }
    showError({});
    reload();
    emit reportChanged();
}

void NotableCasesPanel::openActivities()
{
    ActivitiesDialog dialog(m_store, m_period.from(), this);
    dialog.exec();
    emit reportChanged();
}

} // namespace zt
