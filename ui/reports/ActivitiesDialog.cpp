#include "ActivitiesDialog.h"

#include "ui_ActivitiesDialog.h"

#include "common/Clock.h"
#include "domain/ActivityKind.h"
#include "storage/ActivityRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/Store.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace zt {

ActivitiesDialog::ActivitiesDialog(Store &store, QDate month, QWidget *parent)
    : QDialog(parent), m_store(store), m_ui(std::make_unique<Ui::ActivitiesDialog>()),
      m_from(month.year(), month.month(), 1), m_to(m_from.addMonths(1).addDays(-1))
{
    m_ui->setupUi(this);
    m_ui->heldOnDateEdit->setDateRange(m_from, m_to);
    fillKinds();
    for (const Deputy &d : DeputyRepository(m_store).listForStation(m_store.stationId())) {
        if (d.meta.deleted || !d.active)
            continue;
        auto *item = new QListWidgetItem(d.name, m_ui->deputiesListWidget);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->activitiesTableWidget->setColumnCount(5);
    m_ui->activitiesTableWidget->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->errorLabel->hide();

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ActivitiesDialog::saveActivity);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ActivitiesDialog::startNew);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ActivitiesDialog::removeSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ActivitiesDialog::accept);
    // Shortcuts of their own: a button's text with a mnemonic (&Save) replaces its shortcut.
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ActivitiesDialog::saveActivity);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, &ActivitiesDialog::startNew);
    // Enter in a text field saves (an input method's Enter ends its composition instead).
    for (QLineEdit *edit : {m_ui->titleLineEdit, m_ui->placeLineEdit, m_ui->noteLineEdit})
        connect(edit, &QLineEdit::returnPressed, this, &ActivitiesDialog::saveActivity);
    connect(m_ui->activitiesTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_ui->activitiesTableWidget->selectedItems();
        if (!selected.isEmpty())
            editRow(selected.first()->row());
    });
    retranslate();
    reloadList();
    startNew();
}

ActivitiesDialog::~ActivitiesDialog() = default;

void ActivitiesDialog::fillKinds()
{
    const QString current = m_ui->kindComboBox->currentData().toString();
    m_ui->kindComboBox->clear();
    for (const QString &code : ActivityKind::all())
        m_ui->kindComboBox->addItem(ActivityKind::label(code), code);
    m_ui->kindComboBox->setCurrentIndex(qMax(0, m_ui->kindComboBox->findData(current)));
}

void ActivitiesDialog::retranslate()
{
    m_ui->retranslateUi(this);
    fillKinds();
    m_ui->monthLabel->setText(tr("Activities held in %1. Choose one in the list to change it.")
                                  .arg(QLocale().toString(m_from, tr("MMMM yyyy"))));
    m_ui->activitiesTableWidget->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Title"), tr("Deputies"), tr("Participants")});
}

void ActivitiesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadList(m_editingId);
    }
    QDialog::changeEvent(event);
}

QDate ActivitiesDialog::defaultDate() const
{
    const QDate today = Clock::today();
    return today < m_from ? m_from : today > m_to ? m_to : today;
}

void ActivitiesDialog::reloadList(const QString &selectId)
{
    m_activities = ActivityRepository(m_store).listBetween(m_store.stationId(), m_from, m_to);
    QTableWidget *table = m_ui->activitiesTableWidget;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(int(m_activities.size()));
    for (int row = 0; row < m_activities.size(); ++row) {
        const Activity &a = m_activities.at(row);
        const QStringList cells{a.heldOn.toString(Qt::ISODate), ActivityKind::label(a.kind), a.title,
                                a.deputyNames.join(tr(", ")), QString::number(a.participants)};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (a.id == selectId)
            table->selectRow(row);
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    m_ui->removeButton->setEnabled(!m_editingId.isEmpty());
}

void ActivitiesDialog::startNew()
{
    m_editingId.clear();
    {
        const QSignalBlocker blocker(m_ui->activitiesTableWidget);
        m_ui->activitiesTableWidget->clearSelection();
    }
    m_ui->heldOnDateEdit->setDate(defaultDate());
    m_ui->titleLineEdit->clear();
    m_ui->placeLineEdit->clear();
    m_ui->participantsSpinBox->setValue(0);
    m_ui->noteLineEdit->clear();
    for (int i = 0; i < m_ui->deputiesListWidget->count(); ++i)
        m_ui->deputiesListWidget->item(i)->setCheckState(Qt::Unchecked);
    m_ui->removeButton->setEnabled(false);
    m_ui->saveButton->setText(tr("&Save"));
    m_ui->heldOnDateEdit->setFocus();
}

void ActivitiesDialog::editRow(int row)
{
    if (row < 0 || row >= m_activities.size())
        return;
    const Activity &a = m_activities.at(row);
    m_editingId = a.id;
    m_ui->heldOnDateEdit->setDate(a.heldOn);
    m_ui->kindComboBox->setCurrentIndex(qMax(0, m_ui->kindComboBox->findData(a.kind)));
    m_ui->titleLineEdit->setText(a.title);
    m_ui->placeLineEdit->setText(a.place);
    m_ui->participantsSpinBox->setValue(a.participants);
    m_ui->noteLineEdit->setText(a.note);
    for (int i = 0; i < m_ui->deputiesListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->deputiesListWidget->item(i);
        item->setCheckState(a.deputyIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->removeButton->setEnabled(true);
    m_ui->saveButton->setText(tr("&Save changes"));
    m_ui->errorLabel->hide();
}

bool ActivitiesDialog::saveActivity()
{
    Activity a;
    if (!m_editingId.isEmpty()) {
        if (const auto stored = ActivityRepository(m_store).findWithDeputies(m_editingId))
            a = *stored;
    }
    a.heldOn = m_ui->heldOnDateEdit->date();
    a.kind = m_ui->kindComboBox->currentData().toString();
    a.title = m_ui->titleLineEdit->text();
    a.place = m_ui->placeLineEdit->text().trimmed();
    a.participants = m_ui->participantsSpinBox->value();
    a.note = m_ui->noteLineEdit->text().trimmed();
    a.deputyIds.clear();
    for (int i = 0; i < m_ui->deputiesListWidget->count(); ++i)
        if (m_ui->deputiesListWidget->item(i)->checkState() == Qt::Checked)
            a.deputyIds << m_ui->deputiesListWidget->item(i)->data(Qt::UserRole).toString();
    const Status saved = ActivityRepository(m_store).saveActivity(a);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message);
        m_ui->errorLabel->show();
        (a.title.isEmpty() ? m_ui->titleLineEdit : static_cast<QWidget *>(m_ui->heldOnDateEdit))->setFocus();
        return false;
    }
    m_ui->errorLabel->hide();
    reloadList();
    startNew(); // ready for the next one
    return true;
}

void ActivitiesDialog::removeSelected()
{
    if (m_editingId.isEmpty())
        return;
    const Status removed = ActivityRepository(m_store).removeActivity(m_editingId);
    if (!removed) {
        m_ui->errorLabel->setText(removed.error().message);
        m_ui->errorLabel->show();
        return;
    }
    reloadList();
    startNew();
}

} // namespace zt
