#include "DutyRecordPanel.h"

#include "common/Clock.h"
#include "storage/DutyRecordQuery.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace zt {

DutyRecordPanel::DutyRecordPanel(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_periodLabel = new QLabel(this);
    m_periodComboBox = new QComboBox(this);
    m_periodComboBox->setObjectName(QStringLiteral("dutyPeriodComboBox"));
    m_periodComboBox->addItem(QString());
    m_periodComboBox->addItem(QString());
    m_receptionsLabel = new QLabel(this);
    m_receptionsLabel->setObjectName(QStringLiteral("dutyReceptionsLabel"));
    m_visitsLabel = new QLabel(this);
    m_visitsLabel->setObjectName(QStringLiteral("dutyVisitsLabel"));
    m_casesLabel = new QLabel(this);
    m_casesLabel->setObjectName(QStringLiteral("dutyCasesLabel"));
    m_satisfactionLabel = new QLabel(this);
    m_satisfactionLabel->setObjectName(QStringLiteral("dutySatisfactionLabel"));
    m_daysLabel = new QLabel(this);
    m_daysList = new QListWidget(this);
    m_daysList->setObjectName(QStringLiteral("dutyDaysListWidget"));
    m_daysList->setFlow(QListView::LeftToRight);
    m_daysList->setWrapping(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_periodLabel);
    top->addWidget(m_periodComboBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_receptionsLabel);
    layout->addWidget(m_visitsLabel);
    layout->addWidget(m_casesLabel);
    layout->addWidget(m_satisfactionLabel);
    layout->addWidget(m_daysLabel);
    layout->addWidget(m_daysList, 1); // the figures stay together at the top
    connect(m_periodComboBox, &QComboBox::currentIndexChanged, this, &DutyRecordPanel::refresh);
    // Attendance, visits and cases change elsewhere; the record follows without a reload button.
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        static const QStringList tables{QStringLiteral("reception_attendance"), QStringLiteral("visit"),
                                        QStringLiteral("visit_deputy"), QStringLiteral("cases")};
        if (tables.contains(table))
            refresh();
    });
    retranslate();
}

void DutyRecordPanel::showDeputy(const QString &deputyId)
{
    m_deputyId = deputyId;
    refresh();
}

void DutyRecordPanel::refresh()
{
    const QDate today = Clock::today();
    const bool thisYear = m_periodComboBox->currentIndex() == 0;
    const DutyRecord r = m_deputyId.isEmpty()
                             ? DutyRecord{}
                             : DutyRecordQuery(m_store).compute(m_deputyId, thisYear ? QDate(today.year(), 1, 1) : QDate(),
                                                                thisYear ? QDate(today.year(), 12, 31) : QDate());
    m_receptionsLabel->setText(tr("Reception days attended: %1 (missed: %2)").arg(r.receptionsAttended).arg(r.receptionsMissed));
    m_visitsLabel->setText(tr("Visits received: %1 (%2 people)").arg(r.visitsReceived).arg(r.peopleReceived));
    m_casesLabel->setText(tr("Cases followed: %1, closed: %2").arg(r.casesFollowed).arg(r.casesClosed));
    m_satisfactionLabel->setText(
        r.casesRated == 0 ? tr("Satisfaction: no ratings yet")
                          : tr("Satisfaction: %1% of %2 rated cases")
                                .arg(QLocale().toString(100.0 * r.casesSatisfied / r.casesRated, 'f', 1))
                                .arg(r.casesRated));
    m_daysList->clear();
    for (const QDate &day : r.attendedDays)
        m_daysList->addItem(QLocale().toString(day, QLocale::ShortFormat));
}

void DutyRecordPanel::retranslate()
{
    m_periodLabel->setText(tr("Period:"));
    m_periodComboBox->setItemText(0, tr("This year"));
    m_periodComboBox->setItemText(1, tr("Whole record"));
    m_daysLabel->setText(tr("Dates attended:"));
    refresh();
}

void DutyRecordPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zt
