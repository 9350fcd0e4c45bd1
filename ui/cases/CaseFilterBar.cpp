#include "CaseFilterBar.h"

#include "AppSettings.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/Store.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace zt {

namespace {
// Pseudo-status of the status box: every case still on someone's desk.
const QString OpenStatuses = QStringLiteral("*open");
} // namespace

CaseFilterBar::CaseFilterBar(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_category(new QComboBox(this)), m_department(new QComboBox(this)), m_overdue(new QCheckBox(this)),
      m_sort(new QComboBox(this)), m_saved(new QComboBox(this)), m_save(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_hiddenLabel(new QLabel(this)), m_clearHidden(new QPushButton(this)),
      m_typingPause(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("caseSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(100);
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_category->setObjectName(QStringLiteral("categoryFilterComboBox"));
    m_department->setObjectName(QStringLiteral("departmentFilterComboBox"));
    m_overdue->setObjectName(QStringLiteral("overdueCheckBox"));
    m_sort->setObjectName(QStringLiteral("sortComboBox"));
    m_saved->setObjectName(QStringLiteral("savedFilterComboBox"));
    m_save->setObjectName(QStringLiteral("saveFilterButton"));
    m_remove->setObjectName(QStringLiteral("removeFilterButton"));
    m_hiddenLabel->setObjectName(QStringLiteral("moreConditionsLabel"));
    m_clearHidden->setObjectName(QStringLiteral("clearMoreConditionsButton"));

    // The search gets a row of its own: it is what people use most, and Chinese phrases are long.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    layout->addLayout(searchRow);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_saved);
    searchRow->addWidget(m_save);
    searchRow->addWidget(m_remove);
    auto *choices = new QHBoxLayout;
    layout->addLayout(choices);
    choices->addWidget(m_status, 1);
    choices->addWidget(m_category, 1);
    choices->addWidget(m_department, 1);
    choices->addWidget(m_overdue);
    choices->addWidget(m_sort, 1);
    // Conditions that came from elsewhere (a dashboard bar: a date range, a point, a deputy) have no box
    // of their own; they are named here so the list never looks complete when it is not.
    auto *hiddenRow = new QHBoxLayout;
    layout->addLayout(hiddenRow);
    hiddenRow->addWidget(m_hiddenLabel, 1);
    hiddenRow->addWidget(m_clearHidden);

    // Combo boxes would otherwise be as wide as their longest department name and push the detail pane
    // off a 1366-pixel screen.
    for (QComboBox *box : {m_status, m_category, m_department, m_sort, m_saved}) {
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
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedFilter(m_saved->itemText(index));
    });
    connect(m_save, &QPushButton::clicked, this, &CaseFilterBar::askNameAndSave);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() > 0)
            removeSavedFilter(m_saved->currentText());
    });
    fillSavedFilters();
    connect(m_clearHidden, &QPushButton::clicked, this, [this] {
        m_hidden = CaseFilter();
        showHiddenConditions();
        emitChanged();
    });
    showHiddenConditions();

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
    m_search->setPlaceholderText(tr("Search case numbers, titles, descriptions and replies (Ctrl+F)"));
    m_category->setItemText(0, tr("All categories"));
    m_department->setItemText(0, tr("All departments"));
    m_status->setItemText(0, tr("Any status"));
    m_status->setItemText(1, tr("Open (not yet closed)"));
    for (int i = 2; i < m_status->count(); ++i)
        m_status->setItemText(i, DomainText::caseStatus(m_status->itemData(i).toString()));
    m_overdue->setText(tr("Overdue only"));
    m_saved->setItemText(0, tr("Saved filters"));
    // As wide as its own label (English "Saved filters" was clipped at the five characters the other
    // boxes keep); longer saved names are elided.
    m_saved->setMinimumContentsLength(std::max(5, int(m_saved->itemText(0).size())));
    m_save->setText(tr("Save filter…"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Removes the saved filter chosen on the left"));
    m_clearHidden->setText(tr("Remove these conditions"));
    showHiddenConditions();
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
    showHiddenConditions();
    emitChanged();
}

void CaseFilterBar::showHiddenConditions()
{
    QStringList parts;
    if (m_hidden.registeredFrom.isValid() || m_hidden.registeredTo.isValid())
        parts << tr("registered %1 to %2")
                     .arg(m_hidden.registeredFrom.isValid() ? m_hidden.registeredFrom.toString(Qt::ISODate) : QStringLiteral("…"),
                          m_hidden.registeredTo.isValid() ? m_hidden.registeredTo.toString(Qt::ISODate) : QStringLiteral("…"));
    if (m_hidden.noCategory)
        parts << tr("no category");
    if (!m_hidden.pointId.isEmpty())
        parts << tr("one liaison point");
    if (!m_hidden.deputyId.isEmpty())
        parts << tr("one deputy's cases");
    if (m_hidden.countedOnly)
        parts << tr("counted in the figures (not cancelled or merged)");
    if (!m_hidden.stationId.isEmpty() && m_hidden.stationId != m_store.stationId())
        parts << tr("another station of the district");
    if (!m_hidden.districtCode.isEmpty())
        parts << tr("every station of the district");
    if (!m_hidden.communityCode.isEmpty())
        parts << tr("one community or village");
    if (!m_hidden.satisfaction.isEmpty())
        parts << tr("rated: %1").arg(DomainText::satisfaction(m_hidden.satisfaction));
    if (m_hidden.closedFrom.isValid() || m_hidden.closedTo.isValid())
        parts << tr("closed %1 to %2")
                     .arg(m_hidden.closedFrom.isValid() ? m_hidden.closedFrom.toString(Qt::ISODate) : QStringLiteral("…"),
                          m_hidden.closedTo.isValid() ? m_hidden.closedTo.toString(Qt::ISODate) : QStringLiteral("…"));
    if (m_hidden.repliedFrom.isValid() || m_hidden.repliedTo.isValid())
        parts << tr("replied %1 to %2")
                     .arg(m_hidden.repliedFrom.isValid() ? m_hidden.repliedFrom.toString(Qt::ISODate) : QStringLiteral("…"),
                          m_hidden.repliedTo.isValid() ? m_hidden.repliedTo.toString(Qt::ISODate) : QStringLiteral("…"));
    if (m_hidden.replyDaysMin >= 0 && m_hidden.replyDaysMax >= 0)
        parts << tr("reply time %1 to %2 working days").arg(m_hidden.replyDaysMin).arg(m_hidden.replyDaysMax);
    else if (m_hidden.replyDaysMin >= 0)
        parts << tr("reply time %1 working days or more").arg(m_hidden.replyDaysMin);
    else if (m_hidden.replyDaysMax >= 0)
        parts << tr("reply time up to %1 working days").arg(m_hidden.replyDaysMax);
    m_hiddenLabel->setText(parts.isEmpty() ? QString() : tr("Also only: %1").arg(parts.join(QStringLiteral("; "))));
    m_hiddenLabel->setVisible(!parts.isEmpty());
    m_clearHidden->setVisible(!parts.isEmpty());
}

void CaseFilterBar::fillSavedFilters()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"));
    for (const auto &[name, json] : AppSettings::savedCaseFilters())
        m_saved->addItem(name);
    m_remove->setEnabled(m_saved->count() > 1);
}

QStringList CaseFilterBar::savedFilterNames() const
{
    QStringList names;
    for (const auto &[name, json] : AppSettings::savedCaseFilters())
        names << name;
    return names;
}

void CaseFilterBar::saveCurrentFilter(const QString &name)
{
    const QString trimmed = name.trimmed().left(40);
    if (trimmed.isEmpty())
        return;
    auto filters = AppSettings::savedCaseFilters();
    filters.removeIf([&trimmed](const auto &entry) { return entry.first == trimmed; });
    filters.append({trimmed, filter().toJson()});
    AppSettings::setSavedCaseFilters(filters);
    fillSavedFilters();
    m_saved->setCurrentIndex(m_saved->findText(trimmed));
}

bool CaseFilterBar::applySavedFilter(const QString &name)
{
    for (const auto &[saved, json] : AppSettings::savedCaseFilters()) {
        if (saved == name) {
            setFilter(CaseFilter::fromJson(json));
            m_saved->setCurrentIndex(m_saved->findText(name));
            return true;
        }
    }
    return false;
}

void CaseFilterBar::removeSavedFilter(const QString &name)
{
    auto filters = AppSettings::savedCaseFilters();
    filters.removeIf([&name](const auto &entry) { return entry.first == name; });
    AppSettings::setSavedCaseFilters(filters);
    fillSavedFilters();
}

void CaseFilterBar::askNameAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name for this filter:"), QLineEdit::Normal,
                                               m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok);
    if (ok)
        saveCurrentFilter(name);
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
