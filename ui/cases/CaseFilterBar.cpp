#include "CaseFilterBar.h"

#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace zt {

namespace {
// Pseudo-status of the status box: every case still on someone's desk.
const QString OpenStatuses = QStringLiteral("*open");
} // namespace

CaseFilterBar::CaseFilterBar(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_category(new QComboBox(this)), m_department(new QComboBox(this)), m_overdue(new QCheckBox(this)),
      m_sort(new QComboBox(this)), m_typingPause(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("caseSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(100);
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_category->setObjectName(QStringLiteral("categoryFilterComboBox"));
    m_department->setObjectName(QStringLiteral("departmentFilterComboBox"));
    m_overdue->setObjectName(QStringLiteral("overdueCheckBox"));
    m_sort->setObjectName(QStringLiteral("sortComboBox"));

    // The search gets a row of its own: it is what people use most, and Chinese phrases are long.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    auto *choices = new QHBoxLayout;
    layout->addLayout(choices);
    choices->addWidget(m_status, 1);
    choices->addWidget(m_category, 1);
    choices->addWidget(m_department, 1);
    choices->addWidget(m_overdue);
    choices->addWidget(m_sort, 1);

    // Combo boxes would otherwise be as wide as their longest department name and push the detail pane
    // off a 1366-pixel screen.
    for (QComboBox *box : {m_status, m_category, m_department, m_sort}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(5);
    }

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(250);
    connect(m_typingPause, &QTimer::timeout, this, &CaseFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CaseFilterBar::emitChanged);
    for (QComboBox *box : {m_status, m_category, m_department, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &CaseFilterBar::emitChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseFilterBar::emitChanged);

    fillChoices();
    retranslate();
}

void CaseFilterBar::fillChoices()
{
    m_filling = true;
    m_category->clear();
    m_category->addItem(QString(), QString());
    for (const Category &c : CategoryRepository(m_store).listForStation(m_store.stationId()))
        if (!c.meta.deleted)
            m_category->addItem(c.name, c.id);
    m_department->clear();
    m_department->addItem(QString(), QString());
    for (const Department &d : DepartmentRepository(m_store).listForStation(m_store.stationId()))
        if (!d.meta.deleted)
            m_department->addItem(d.name, d.id);
    m_status->clear();
    m_status->addItem(QString(), QString());
    m_status->addItem(QString(), OpenStatuses);
    for (const QString &code : CaseStatus::all())
        m_status->addItem(QString(), code);
    m_sort->clear();
    for (auto sort : {CaseFilter::Sort::RegisteredNewest, CaseFilter::Sort::RegisteredOldest,
                      CaseFilter::Sort::DeadlineSoonest, CaseFilter::Sort::CaseNumber})
        m_sort->addItem(QString(), int(sort));
    m_filling = false;
}

void CaseFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search titles, descriptions and replies (Ctrl+F)"));
    m_category->setItemText(0, tr("All categories"));
    m_department->setItemText(0, tr("All departments"));
    m_status->setItemText(0, tr("Any status"));
    m_status->setItemText(1, tr("Open (not yet closed)"));
    for (int i = 2; i < m_status->count(); ++i)
        m_status->setItemText(i, DomainText::caseStatus(m_status->itemData(i).toString()));
    m_overdue->setText(tr("Overdue only"));
    const QStringList sorts{tr("Newest first"), tr("Oldest first"), tr("Deadline soonest"), tr("By case number")};
    for (int i = 0; i < m_sort->count() && i < sorts.size(); ++i)
        m_sort->setItemText(i, sorts.at(i));
}

CaseFilter CaseFilterBar::filter() const
{
    CaseFilter f = m_hidden;
    f.text = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    f.statuses.clear();
    if (status == OpenStatuses) {
        for (const QString &code : CaseStatus::all())
            if (CaseStatus::isOpen(code))
                f.statuses.insert(code);
    } else if (!status.isEmpty()) {
        f.statuses.insert(status);
    }
    f.categoryId = m_category->currentData().toString();
    f.departmentId = m_department->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    f.sort = CaseFilter::Sort(m_sort->currentData().toInt());
    return f;
}

void CaseFilterBar::setFilter(const CaseFilter &filter)
{
    m_filling = true;
    m_hidden = filter;
    m_search->setText(filter.text);
    int statusIndex = 0;
    if (filter.statuses.size() == 1)
        statusIndex = qMax(0, m_status->findData(*filter.statuses.begin()));
    else if (!filter.statuses.isEmpty())
        statusIndex = 1;
    m_status->setCurrentIndex(statusIndex);
    m_category->setCurrentIndex(qMax(0, m_category->findData(filter.categoryId)));
    m_department->setCurrentIndex(qMax(0, m_department->findData(filter.departmentId)));
    m_overdue->setChecked(filter.overdueOnly);
    m_sort->setCurrentIndex(qMax(0, m_sort->findData(int(filter.sort))));
    m_filling = false;
    emitChanged();
}

void CaseFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseFilterBar::emitChanged()
{
    if (m_filling)
        return;
    m_typingPause->stop();
    emit filterChanged(filter());
}

void CaseFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zt
