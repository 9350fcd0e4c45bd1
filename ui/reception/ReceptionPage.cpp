#include "ReceptionPage.h"

#include "schedule/ReceptionSchedule.h"

#include "CancelVisitDialog.h"
#include "ProblemRow.h"
#include "ReceiptPrinter.h"
#include "ReceptionDraft.h"
#include "ui_ReceptionPage.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "domain/PhoneNumber.h"
#include "models/TodayVisitsModel.h"
#include "privacy/PersonalDataMask.h"
#include "reception/ReceiptBuilder.h"
#include "refdata/DivisionCatalog.h"
#include "storage/CategoryRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"
#include "storage/ReceptionLookup.h"
#include "storage/StationRepository.h"
#include "storage/VisitRepository.h"
#include "storage/VisitorRepository.h"
#include "storage/Store.h"
#include "workflow/AttachmentStore.h"

#include <QCompleter>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QMessageBox>
#include <QSet>
#include <QShortcut>
#include <QStringListModel>

namespace zt {

namespace {

constexpr int CaseIdRole = Qt::UserRole;
constexpr int CaseNoRole = Qt::UserRole + 1;
constexpr int CaseTitleRole = Qt::UserRole + 2;

QString currentHalfDay()
{
    return Clock::nowUtc().toLocalTime().time().hour() < 12 ? HalfDay::Morning : HalfDay::Afternoon;
}

void showLabel(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ReceptionPage::ReceptionPage(Store &store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReceptionPage>()), m_store(store)
{
    m_ui->setupUi(this);
    m_ask = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Discard;
    };
    m_askReason = [this](const QString &description) -> std::optional<QString> {
        CancelVisitDialog dialog(description, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };

    m_editVisitor = [this](const Visitor &current, const QString &communityName, const EditVisitorDialog::Apply &apply) {
        EditVisitorDialog dialog(current, communityName, m_communityCompleter, apply, this);
        return dialog.exec() == QDialog::Accepted;
    };

    m_todayModel = new TodayVisitsModel(m_store, this);
    m_todayModel->setDate(Clock::today());
    m_ui->todayVisitsTableView->setModel(m_todayModel);
    m_ui->todayVisitsTableView->verticalHeader()->hide();
    // The case numbers are what staff look for; the other columns take what they need.
    m_ui->todayVisitsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->todayVisitsTableView->horizontalHeader()->setSectionResizeMode(TodayVisitsModel::Cases, QHeaderView::Stretch);
    m_ui->todayVisitsTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    for (QTimer *t : {&m_draftTimer, &m_visitorTimer, &m_similarTimer})
        t->setSingleShot(true);
    m_draftTimer.setInterval(300);
    m_visitorTimer.setInterval(250);
    m_similarTimer.setInterval(350);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] {
        if (hasTypedText())
            ReceptionDraft(m_store.path()).save(draft());
        else
            ReceptionDraft(m_store.path()).clear();
    });
    connect(&m_visitorTimer, &QTimer::timeout, this, &ReceptionPage::lookUpVisitor);
    connect(&m_similarTimer, &QTimer::timeout, this, &ReceptionPage::lookUpSimilar);

    loadReferenceData();
    fillHalfDays();
    fillChannels();

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReceptionPage::save);
    connect(m_ui->newVisitButton, &QPushButton::clicked, this, &ReceptionPage::startNextVisit);
    connect(m_ui->addProblemButton, &QPushButton::clicked, this, [this] { addProblem()->firstField()->setFocus(); });
    connect(m_ui->attachButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Attach photos, letter scans or voice recordings"), QString(),
            tr("Photos, scans and recordings (*.jpg *.jpeg *.png *.heic *.pdf *.tif *.tiff *.mp3 *.m4a *.amr *.wav *.mp4);;"
               "All files (*)"));
        addAttachmentFiles(files);
    });
    connect(m_ui->removeAttachmentsButton, &QToolButton::clicked, this, [this] {
        m_attachments.clear();
        updateAttachmentsLabel();
        scheduleDraft();
    });
    connect(m_ui->printReceiptButton, &QPushButton::clicked, this, [this] { printReceipt(m_lastVisitId); });
    connect(m_ui->receiptPdfButton, &QPushButton::clicked, this, [this] { exportReceipt(m_lastVisitId); });
    connect(m_ui->reprintButton, &QPushButton::clicked, this, [this] { printReceipt(selectedVisitId()); });
    connect(m_ui->cancelVisitButton, &QPushButton::clicked, this, &ReceptionPage::cancelSelectedVisit);
    connect(m_ui->editVisitButton, &QPushButton::clicked, this, &ReceptionPage::correctSelectedVisitor);
    connect(m_ui->linkCaseButton, &QPushButton::clicked, this, &ReceptionPage::linkSelectedSuggestion);
    connect(m_ui->suggestionsListWidget, &QListWidget::itemActivated, this, &ReceptionPage::linkSelectedSuggestion);
    connect(m_ui->suggestionsListWidget, &QListWidget::currentItemChanged, this, [this] {
        m_ui->linkCaseButton->setEnabled(m_ui->suggestionsListWidget->currentItem() && m_activeRow);
    });
    connect(m_ui->todayVisitsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString id = selectedVisitId();
        const int row = m_ui->todayVisitsTableView->currentIndex().row();
        m_ui->cancelVisitButton->setEnabled(!id.isEmpty() && !m_todayModel->isCancelled(row));
        m_ui->reprintButton->setEnabled(!id.isEmpty() && !m_todayModel->isCancelled(row));
        m_ui->editVisitButton->setEnabled(!id.isEmpty() && !m_todayModel->isCancelled(row));
    });
    connect(m_ui->channelComboBox, &QComboBox::currentIndexChanged, this, &ReceptionPage::updateReferenceField);
    connect(m_ui->phoneLineEdit, &QLineEdit::editingFinished, this, &ReceptionPage::checkPhone);
    connect(m_ui->phoneLineEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->phoneErrorLabel->hide();
        if (!m_filling)
            m_visitorTimer.start();
    });
    connect(m_ui->communityLineEdit, &QLineEdit::textChanged, this, [this] { m_ui->communityErrorLabel->hide(); });
    connect(m_ui->visitorNameLineEdit, &QLineEdit::textChanged, this, [this] { m_ui->visitorNameErrorLabel->hide(); });

    // Every edit keeps the draft on disk (nothing typed is ever lost).
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, &ReceptionPage::scheduleDraft);
    connect(m_ui->headcountSpinBox, &QSpinBox::valueChanged, this, &ReceptionPage::scheduleDraft);
    connect(m_ui->channelComboBox, &QComboBox::currentIndexChanged, this, &ReceptionPage::scheduleDraft);
    connect(m_ui->halfDayComboBox, &QComboBox::currentIndexChanged, this, &ReceptionPage::scheduleDraft);
    connect(m_ui->placeComboBox, &QComboBox::currentIndexChanged, this, &ReceptionPage::scheduleDraft);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &ReceptionPage::scheduleDraft);
    connect(m_ui->deputiesListWidget, &QListWidget::itemChanged, this, &ReceptionPage::scheduleDraft);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { startNextVisit(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printReceipt(m_lastVisitId); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { discardTyped(); });

    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->visitorNameLineEdit, m_ui->phoneLineEdit, m_ui->headcountSpinBox,
                                                       m_ui->communityLineEdit, m_ui->channelComboBox, m_ui->externalRefLineEdit,
                                                       m_ui->dateEdit, m_ui->halfDayComboBox, m_ui->placeComboBox})
        watchForEnter(w);

    clearForm();
    retranslate();
    if (const QJsonObject saved = ReceptionDraft(m_store.path()).load(); !saved.isEmpty()) {
        restoreDraft(saved);
        showStatus(tr("The visit you were typing before the program closed has been restored."));
    }
    m_ui->printReceiptButton->setEnabled(false);
    m_ui->receiptPdfButton->setEnabled(false);
    m_ui->cancelVisitButton->setEnabled(false);
    m_ui->reprintButton->setEnabled(false);
    m_ui->editVisitButton->setEnabled(false);
    setFocusProxy(m_ui->visitorNameLineEdit);
}

ReceptionPage::~ReceptionPage()
{
    // Whatever is still waiting for the draft timer is written now.
    if (m_draftTimer.isActive()) {
        m_draftTimer.stop();
        if (hasTypedText())
            ReceptionDraft(m_store.path()).save(draft());
    }
}

void ReceptionPage::loadReferenceData()
{
    const auto station = StationRepository(m_store).find(m_store.stationId());
    m_ui->placeComboBox->clear();
    m_ui->placeComboBox->addItem(station ? station->name : tr("The station"), QString());
    for (const Point &p : PointRepository(m_store).listForStation(m_store.stationId()))
        if (!p.meta.deleted)
            m_ui->placeComboBox->addItem(p.name, p.id);

    m_categories.clear();
    for (const Category &c : CategoryRepository(m_store).listForStation(m_store.stationId()))
        if (!c.meta.deleted)
            m_categories << c;

    // Villages and communities of the station's own township or street: what visitors say they are from.
    QStringList names;
    if (station) {
        const DivisionCatalog divisions(m_store.db());
        for (const Division &d : divisions.villagesOf(station->divisionCode)) {
            names << d.name;
            m_codeByName.insert(d.name, d.code);
            m_nameByCode.insert(d.code, d.name);
        }
    }
    m_communityCompleter = new QCompleter(new QStringListModel(names, this), this);
    m_communityCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_communityCompleter->setFilterMode(Qt::MatchContains);
    m_ui->communityLineEdit->setCompleter(m_communityCompleter);

    m_ui->deputiesListWidget->clear();
    const QDate today = Clock::today();
    for (const Deputy &d : DeputyRepository(m_store).listForStation(m_store.stationId())) {
        if (d.meta.deleted || !d.servesOn(today))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1（%2）").arg(d.name, DomainText::deputyLevel(d.level)),
                                         m_ui->deputiesListWidget);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

void ReceptionPage::fillHalfDays()
{
    const QString current = m_ui->halfDayComboBox->currentData().toString();
    const QSignalBlocker block(m_ui->halfDayComboBox);
    m_ui->halfDayComboBox->clear();
    m_ui->halfDayComboBox->addItem(DomainText::halfDay(HalfDay::Morning), HalfDay::Morning);
    m_ui->halfDayComboBox->addItem(DomainText::halfDay(HalfDay::Afternoon), HalfDay::Afternoon);
    m_ui->halfDayComboBox->setCurrentIndex(qMax(0, m_ui->halfDayComboBox->findData(current)));
}

void ReceptionPage::fillChannels()
{
    const QString current = m_ui->channelComboBox->currentData().toString();
    const QSignalBlocker block(m_ui->channelComboBox);
    m_ui->channelComboBox->clear();
    for (const QString &c : Channel::all())
        m_ui->channelComboBox->addItem(DomainText::channel(c), c);
    m_ui->channelComboBox->setCurrentIndex(qMax(0, m_ui->channelComboBox->findData(current)));
    updateReferenceField();
}

void ReceptionPage::updateReferenceField()
{
    const bool referral = Channel::hasExternalReference(m_ui->channelComboBox->currentData().toString());
    m_ui->externalRefLineEdit->setEnabled(referral);
    m_ui->externalRefLineEdit->setPlaceholderText(referral ? tr("The number the referring platform gave it")
                                                           : tr("Only for referrals (8890, mediation, four platforms, petition proxy)"));
}

void ReceptionPage::prefillVisit()
{
    const QDate today = Clock::today();
    const QString halfDay = currentHalfDay();
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(today);
    m_ui->halfDayComboBox->setCurrentIndex(qMax(0, m_ui->halfDayComboBox->findData(halfDay)));
    m_ui->channelComboBox->setCurrentIndex(qMax(0, m_ui->channelComboBox->findData(Channel::WalkIn)));
    // On duty: the deputies the reception schedule names for this half-day, and anyone who has already
    // received a visit this half-day (a substitute, a deputy who dropped in).
    QStringList onDuty;
    if (const std::optional<ReceptionDay> day = ReceptionSchedule(m_store).dayAt(today, halfDay))
        onDuty = day->session.deputyIds;
    for (const QString &id : ReceptionLookup(m_store).deputiesRecordedOn(m_store.stationId(), today, halfDay))
        if (!onDuty.contains(id))
            onDuty << id;
    QListWidget *list = m_ui->deputiesListWidget;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(onDuty.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    // Those on duty first: a station has twenty deputies or more, and the box shows two lines.
    int next = 0;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            list->insertItem(next++, list->takeItem(i));
}

void ReceptionPage::clearForm()
{
    m_filling = true;
    m_ui->visitorNameLineEdit->clear();
    m_ui->phoneLineEdit->clear();
    m_ui->communityLineEdit->clear();
    m_ui->headcountSpinBox->setValue(1);
    m_ui->externalRefLineEdit->clear();
    const QList<ProblemRow *> rows = m_rows;
    for (ProblemRow *row : rows)
        removeProblem(row);
    m_activeRow = nullptr;
    addProblem();
    m_attachments.clear();
    updateAttachmentsLabel();
    prefillVisit();
    m_ui->historyListWidget->clear();
    m_ui->suggestionsListWidget->clear();
    m_ui->suggestionsGroupBox->setTitle(tr("Open cases that look alike"));
    m_ui->historyLabel->setText(tr("Type a phone number to see the visitor's earlier visits and open cases."));
    clearErrors();
    m_filling = false;
}

bool ReceptionPage::hasTypedText() const
{
    if (!m_ui->visitorNameLineEdit->text().trimmed().isEmpty() || !m_ui->phoneLineEdit->text().trimmed().isEmpty()
        || !m_ui->communityLineEdit->text().trimmed().isEmpty() || !m_ui->externalRefLineEdit->text().trimmed().isEmpty()
        || !m_attachments.isEmpty())
        return true;
    for (const ProblemRow *row : m_rows)
        if (!row->isEmpty())
            return true;
    return false;
}

ProblemRow *ReceptionPage::addProblem()
{
    auto *row = new ProblemRow(m_categories, m_communityCompleter, m_ui->problemsContainer);
    row->setObjectName(QStringLiteral("problemRow%1").arg(m_rows.size() + 1));
    // Before the spacer that keeps the rows at the top.
    m_ui->problemsLayout->insertWidget(m_ui->problemsLayout->count() - 1, row);
    m_rows << row;
    connect(row, &ProblemRow::changed, this, [this, row] {
        row->clearError();
        scheduleDraft();
        if (!m_filling) {
            m_activeRow = row;
            m_similarTimer.start();
        }
    });
    connect(row, &ProblemRow::activated, this, [this, row] {
        if (m_activeRow != row) {
            m_activeRow = row;
            m_similarTimer.start();
        }
    });
    connect(row, &ProblemRow::removeRequested, this, [this, row] {
        if (m_rows.size() == 1) {
            // The form always has one problem row; removing the last one empties it instead.
            row->setText({});
            row->setLocation({});
            row->setCommunityText({});
            row->setCategoryId({});
            row->clearLink();
            return;
        }
        removeProblem(row);
        m_rows.constLast()->firstField()->setFocus();
        scheduleDraft();
    });
    renumberProblems();
    updateTabOrder();
    m_ui->problemsErrorLabel->hide();
    m_ui->problemsScrollArea->ensureWidgetVisible(row);
    return row;
}

void ReceptionPage::removeProblem(ProblemRow *row)
{
    m_rows.removeOne(row);
    if (m_activeRow == row)
        m_activeRow = nullptr;
    row->hide();
    row->deleteLater();
    renumberProblems();
    updateTabOrder();
}

void ReceptionPage::renumberProblems()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setNumber(i + 1);
}

void ReceptionPage::updateTabOrder()
{
    // Visitor first (what changes with every visit), then the problems, then the rest of the visit.
    QWidget *previous = m_ui->externalRefLineEdit;
    for (ProblemRow *row : std::as_const(m_rows)) {
        setTabOrder(previous, row->firstField());
        previous = row->lastField();
    }
    setTabOrder(previous, m_ui->addProblemButton);
    setTabOrder(m_ui->addProblemButton, m_ui->attachButton);
    setTabOrder(m_ui->attachButton, m_ui->saveButton);
}

void ReceptionPage::watchForEnter(QWidget *widget)
{
    widget->installEventFilter(this);
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        combo->lineEdit()->installEventFilter(this);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        for (QLineEdit *e : spin->findChildren<QLineEdit *>())
            e->installEventFilter(this);
}

bool ReceptionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::InputMethod) {
        // Enter confirms the input method's candidate while it composes; it must not save the form.
        m_composing = !static_cast<QInputMethodEvent *>(event)->preeditString().isEmpty();
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            auto *edit = qobject_cast<QLineEdit *>(watched);
            const bool popupOpen = edit && edit->completer() && edit->completer()->popup()
                                   && edit->completer()->popup()->isVisible();
            if (!m_composing && !popupOpen) {
                save();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReceptionPage::clearErrors()
{
    for (QLabel *l : {m_ui->visitErrorLabel, m_ui->visitorNameErrorLabel, m_ui->phoneErrorLabel, m_ui->communityErrorLabel,
                      m_ui->problemsErrorLabel})
        showLabel(l, {});
    for (ProblemRow *row : std::as_const(m_rows))
        row->clearError();
}

void ReceptionPage::showStatus(const QString &text, bool error)
{
    m_ui->formStatusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->formStatusLabel->setText(text);
}

void ReceptionPage::showIssue(const VisitIntake::Issue &issue)
{
    const QString &f = issue.field;
    const QString &m = issue.error.message;
    auto append = [](QLabel *label, const QString &text) {
        showLabel(label, label->text().isEmpty() || !label->isVisible() ? text : label->text() + QLatin1Char(' ') + text);
    };
    if (f == VisitIntake::FieldVisitorName)
        append(m_ui->visitorNameErrorLabel, m);
    else if (f == VisitIntake::FieldVisitorPhone)
        append(m_ui->phoneErrorLabel, m);
    else if (f == VisitIntake::FieldVisitorCommunity || f == VisitIntake::FieldVisitorHeadcount)
        append(m_ui->communityErrorLabel, m);
    else if (f == VisitIntake::FieldProblems)
        append(m_ui->problemsErrorLabel, m);
    else if (f.startsWith(QLatin1String("problem.")) && issue.index >= 0 && issue.index < m_rows.size())
        m_rows.at(issue.index)->showError(m);
    else
        append(m_ui->visitErrorLabel, m);
}

QString ReceptionPage::communityCode(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (m_codeByName.contains(t))
        return m_codeByName.value(t);
    // A name typed in part ("白云") that fits exactly one community is taken as that community.
    QString found;
    for (auto it = m_codeByName.constBegin(); it != m_codeByName.constEnd(); ++it) {
        if (it.key().startsWith(t)) {
            if (!found.isEmpty())
                return {};
            found = it.value();
        }
    }
    return found;
}

QString ReceptionPage::communityName(const QString &code) const
{
    return m_nameByCode.value(code);
}

VisitIntake::Input ReceptionPage::collectInput(QList<VisitIntake::Issue> &issues) const
{
    VisitIntake::Input input;
    Visit &v = input.visit;
    v.stationId = m_store.stationId();
    v.pointId = m_ui->placeComboBox->currentData().toString();
    v.date = m_ui->dateEdit->date();
    v.halfDay = m_ui->halfDayComboBox->currentData().toString();
    v.channel = m_ui->channelComboBox->currentData().toString();
    v.externalRef = m_ui->externalRefLineEdit->isEnabled() ? m_ui->externalRefLineEdit->text() : QString();
    for (int i = 0; i < m_ui->deputiesListWidget->count(); ++i)
        if (m_ui->deputiesListWidget->item(i)->checkState() == Qt::Checked)
            v.deputyIds << m_ui->deputiesListWidget->item(i)->data(Qt::UserRole).toString();
    Visitor visitor;
    visitor.name = m_ui->visitorNameLineEdit->text();
    visitor.phone = m_ui->phoneLineEdit->text();
    visitor.headcount = m_ui->headcountSpinBox->value();
    const QString community = m_ui->communityLineEdit->text().trimmed();
    visitor.communityCode = communityCode(community);
    if (!community.isEmpty() && visitor.communityCode.isEmpty())
        issues << VisitIntake::Issue{VisitIntake::FieldVisitorCommunity, 0,
                                     {QStringLiteral("intake.community"), tr("Please choose the village or community from the list.")}};
    v.visitors << visitor;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ProblemRow *row = m_rows.at(i);
        // Rows left completely empty (one too many added) are not problems; the only row is.
        if (row->isEmpty() && m_rows.size() > 1)
            continue;
        VisitIntake::Problem p;
        p.text = row->text();
        p.categoryId = row->categoryId();
        p.location = row->location();
        p.linkedCaseId = row->linkedCaseId();
        p.communityCode = communityCode(row->communityText());
        if (!row->communityText().isEmpty() && p.communityCode.isEmpty())
            issues << VisitIntake::Issue{VisitIntake::FieldProblemLocation, i,
                                         {QStringLiteral("intake.problem_community"),
                                          tr("Please choose the village or community from the list.")}};
        input.problems << p;
    }
    input.attachments = m_attachments;
    return input;
}

bool ReceptionPage::save()
{
    clearErrors();
    QList<VisitIntake::Issue> issues;
    VisitIntake::Input input = collectInput(issues);
    // Row indexes of the input skip empty extra rows; map issues back to the rows on screen.
    QList<int> rowOfProblem;
    for (int i = 0; i < m_rows.size(); ++i)
        if (!(m_rows.at(i)->isEmpty() && m_rows.size() > 1))
            rowOfProblem << i;
    const VisitIntake intake(m_store);
    for (VisitIntake::Issue issue : intake.check(input)) {
        if (issue.field.startsWith(QLatin1String("problem.")) && issue.index >= 0)
            issue.index = rowOfProblem.value(issue.index, -1);
        issues << issue;
    }
    if (!issues.isEmpty()) {
        for (const VisitIntake::Issue &issue : std::as_const(issues))
            showIssue(issue);
        showStatus(tr("Nothing was saved: please correct what is marked in red."), true);
        return false;
    }
    auto saved = intake.save(input);
    if (!saved) {
        showStatus(tr("Nothing was saved: %1").arg(saved.error().message), true);
        return false;
    }
    m_lastVisitId = saved->visitId;
    QStringList numbers;
    for (const VisitIntake::SavedCase &c : saved->cases)
        numbers << (c.linked ? tr("%1 (linked)").arg(c.record.caseNo) : c.record.caseNo);
    ReceptionDraft(m_store.path()).clear();
    m_draftTimer.stop();
    clearForm();
    showStatus(tr("Saved. Cases: %1. Print the receipt with Ctrl+P; the form is ready for the next visitor.")
                   .arg(numbers.join(QStringLiteral("，"))));
    m_ui->printReceiptButton->setEnabled(true);
    m_ui->receiptPdfButton->setEnabled(true);
    m_ui->visitorNameLineEdit->setFocus();
    emit visitSaved(m_lastVisitId);
    return true;
}

void ReceptionPage::startNextVisit()
{
    if (hasTypedText()
        && !m_ask(tr("Start the next visit?"), tr("The visit you are typing has not been saved. Discard it and start the next one?")))
        return;
    ReceptionDraft(m_store.path()).clear();
    m_draftTimer.stop();
    clearForm();
    showStatus({});
    m_ui->visitorNameLineEdit->setFocus();
}

void ReceptionPage::discardTyped()
{
    if (!hasTypedText())
        return;
    if (!m_ask(tr("Discard the visit?"), tr("The visit you are typing has not been saved. Discard what you typed?")))
        return;
    ReceptionDraft(m_store.path()).clear();
    m_draftTimer.stop();
    clearForm();
    showStatus(tr("The visit you were typing was discarded."));
    m_ui->visitorNameLineEdit->setFocus();
}

void ReceptionPage::checkPhone()
{
    const QString phone = m_ui->phoneLineEdit->text().trimmed();
    if (!phone.isEmpty() && !PhoneNumber::isValid(phone))
        showLabel(m_ui->phoneErrorLabel, tr("This is not a phone number: enter a mobile number (11 digits, starting with 1) "
                                            "or a landline such as 0574-87654321."));
}

void ReceptionPage::lookUpVisitor()
{
    const QString typed = m_ui->phoneLineEdit->text().trimmed();
    m_ui->historyListWidget->clear();
    if (!PhoneNumber::isValid(typed)) {
        m_ui->historyLabel->setText(tr("Type a phone number to see the visitor's earlier visits and open cases."));
        lookUpSimilar();
        return;
    }
    const auto who = ReceptionLookup(m_store).returningVisitor(PhoneNumber::normalized(typed));
    if (who.isEmpty()) {
        m_ui->historyLabel->setText(tr("First visit: this phone number is not in the records."));
        lookUpSimilar();
        return;
    }
    m_ui->historyLabel->setText(tr("Returning visitor %1: %n earlier visit(s)", nullptr, int(who.visits.size())).arg(who.name)
                                + tr(", %n open case(s).", nullptr, int(who.openCases.size())));
    // The visitor in front of the desk need not spell their name and community again.
    if (m_ui->visitorNameLineEdit->text().trimmed().isEmpty())
        m_ui->visitorNameLineEdit->setText(who.name);
    if (m_ui->communityLineEdit->text().trimmed().isEmpty())
        m_ui->communityLineEdit->setText(communityName(who.communityCode));
    for (const CaseRecord &c : who.openCases)
        new QListWidgetItem(tr("Open: %1 %2 (%3, since %4)")
                                .arg(c.caseNo, c.title, DomainText::caseStatus(c.status), c.registeredOn.toString(Qt::ISODate)),
                            m_ui->historyListWidget);
    for (const ReceptionLookup::EarlierVisit &v : who.visits)
        new QListWidgetItem(QStringLiteral("%1 · %2%3 · %4")
                                .arg(v.date.toString(Qt::ISODate), DomainText::channel(v.channel),
                                     v.cancelled ? tr(" (cancelled)") : QString(), v.summary),
                            m_ui->historyListWidget);
    lookUpSimilar();
}

void ReceptionPage::lookUpSimilar()
{
    m_ui->suggestionsListWidget->clear();
    m_ui->linkCaseButton->setEnabled(false);
    if (!m_activeRow && !m_rows.isEmpty())
        m_activeRow = m_rows.first();
    const ReceptionLookup lookup(m_store);
    QSet<QString> shown;
    auto add = [&](const CaseRecord &c, const QString &why) {
        if (shown.contains(c.id))
            return;
        shown.insert(c.id);
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2\n%3").arg(c.caseNo, c.title, why), m_ui->suggestionsListWidget);
        item->setData(CaseIdRole, c.id);
        item->setData(CaseNoRole, c.caseNo);
        item->setData(CaseTitleRole, c.title);
        item->setToolTip(c.description);
    };
    // The returning visitor's own open cases come first: "I was here about this last month".
    const QString phone = m_ui->phoneLineEdit->text().trimmed();
    if (PhoneNumber::isValid(phone))
        for (const CaseRecord &c : lookup.returningVisitor(PhoneNumber::normalized(phone)).openCases)
            add(c, tr("Raised earlier by this visitor · %1").arg(DomainText::caseStatus(c.status)));
    if (m_activeRow && m_activeRow->linkedCaseId().isEmpty()) {
        QString community = communityCode(m_activeRow->communityText());
        if (community.isEmpty())
            community = communityCode(m_ui->communityLineEdit->text());
        for (const auto &cand : lookup.similarOpenCases(m_activeRow->text(), community, m_activeRow->categoryId(), Clock::today()))
            add(cand.record, (cand.samePlaceAndCategory ? tr("Same community and category") : tr("Similar words"))
                                 + QStringLiteral(" · %1 · %2").arg(communityName(cand.record.communityCode),
                                                                    cand.record.registeredOn.toString(Qt::ISODate)));
    }
    m_ui->suggestionsGroupBox->setTitle(m_ui->suggestionsListWidget->count() > 0
                                            ? tr("Open cases that look alike (%1)").arg(m_ui->suggestionsListWidget->count())
                                            : tr("Open cases that look alike"));
}

void ReceptionPage::linkSelectedSuggestion()
{
    QListWidgetItem *item = m_ui->suggestionsListWidget->currentItem();
    if (!item)
        return;
    ProblemRow *row = m_activeRow ? m_activeRow : m_rows.value(0);
    if (!row)
        return;
    row->setLinkedCase(item->data(CaseIdRole).toString(), item->data(CaseNoRole).toString(),
                       item->data(CaseTitleRole).toString());
    if (row->text().trimmed().isEmpty())
        row->setText(item->data(CaseTitleRole).toString());
    scheduleDraft();
    row->firstField()->setFocus();
}

void ReceptionPage::addAttachmentFiles(const QStringList &paths)
{
    const AttachmentStore files(m_store);
    QStringList failed;
    for (const QString &path : paths) {
        auto imported = files.importFile(path);
        if (!imported) {
            failed << imported.error().message;
            continue;
        }
        m_attachments << imported.value();
    }
    updateAttachmentsLabel();
    if (!failed.isEmpty())
        showStatus(failed.join(QLatin1Char(' ')), true);
    scheduleDraft();
}

void ReceptionPage::updateAttachmentsLabel()
{
    QStringList names;
    for (const Attachment &a : std::as_const(m_attachments))
        names << a.fileName;
    m_ui->attachmentsLabel->setText(names.isEmpty() ? QString()
                                                    : tr("%n file(s): %1", nullptr, int(names.size())).arg(names.join(QStringLiteral("、"))));
    m_ui->attachmentsLabel->setToolTip(names.join(QLatin1Char('\n')));
    m_ui->removeAttachmentsButton->setVisible(!names.isEmpty());
}

QString ReceptionPage::selectedVisitId() const
{
    const QModelIndex index = m_ui->todayVisitsTableView->currentIndex();
    return index.isValid() ? m_todayModel->rowId(index.row()) : QString();
}

void ReceptionPage::printReceipt(const QString &visitId)
{
    if (visitId.isEmpty())
        return;
    auto receipt = ReceiptBuilder::forVisit(m_store, visitId);
    if (!receipt) {
        showStatus(receipt.error().message, true);
        return;
    }
    ReceiptPrinter(receipt.value()).preview(this);
}

void ReceptionPage::exportReceipt(const QString &visitId)
{
    if (visitId.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the receipt as PDF"),
                                                      tr("receipt-%1.pdf").arg(Clock::today().toString(Qt::ISODate)),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportReceiptPdf(visitId, path);
}

bool ReceptionPage::exportReceiptPdf(const QString &visitId, const QString &path)
{
    auto receipt = ReceiptBuilder::forVisit(m_store, visitId);
    if (!receipt) {
        showStatus(receipt.error().message, true);
        return false;
    }
    if (!ReceiptPrinter(receipt.value()).writePdf(path)) {
        showStatus(tr("The PDF could not be written to %1.").arg(path), true);
        return false;
    }
    showStatus(tr("The receipt was saved as %1.").arg(path));
    return true;
}

bool ReceptionPage::cancelSelectedVisit()
{
    const QModelIndex index = m_ui->todayVisitsTableView->currentIndex();
    const QString id = selectedVisitId();
    if (id.isEmpty() || m_todayModel->isCancelled(index.row()))
        return false;
    const QString description =
        QStringLiteral("%1 %2").arg(m_todayModel->index(index.row(), TodayVisitsModel::Visitor).data().toString(),
                                    m_todayModel->index(index.row(), TodayVisitsModel::Cases).data().toString());
    const std::optional<QString> reason = m_askReason(description);
    if (!reason)
        return false;
    auto cancelled = VisitIntake(m_store).cancelVisit(id, *reason);
    if (!cancelled) {
        showStatus(cancelled.error().message, true);
        return false;
    }
    showStatus(cancelled->isEmpty() ? tr("The visit was cancelled.")
                                    : tr("The visit was cancelled, with its cases %1.").arg(cancelled->join(QStringLiteral("，"))));
    if (id == m_lastVisitId) {
        m_ui->printReceiptButton->setEnabled(false);
        m_ui->receiptPdfButton->setEnabled(false);
    }
    return true;
}

bool ReceptionPage::correctSelectedVisitor()
{
    const QModelIndex index = m_ui->todayVisitsTableView->currentIndex();
    const QString id = selectedVisitId();
    if (id.isEmpty() || m_todayModel->isCancelled(index.row()))
        return false;
    const auto visit = VisitRepository(m_store).find(id);
    if (!visit)
        return false;
    const QList<Visitor> visitors = VisitorRepository(m_store).listForVisit(id);
    const Visitor current = visitors.value(0);
    const VisitIntake intake(m_store);
    auto apply = [this, id, &intake](const QString &name, const QString &phone, const QString &community, int people) {
        Visitor corrected;
        corrected.name = name;
        corrected.phone = phone;
        corrected.headcount = people;
        corrected.communityCode = communityCode(community);
        if (!community.trimmed().isEmpty() && corrected.communityCode.isEmpty())
            return tr("Please choose the village or community from the list.");
        const Status s = intake.correctVisitor(id, corrected);
        return s ? QString() : s.error().message;
    };
    if (!m_editVisitor(current, communityName(current.communityCode), apply))
        return false;
    showStatus(tr("The visitor's details were corrected."));
    return true;
}

void ReceptionPage::scheduleDraft()
{
    if (!m_filling)
        m_draftTimer.start();
}

QJsonObject ReceptionPage::draft() const
{
    QJsonObject o;
    o.insert(QStringLiteral("date"), m_ui->dateEdit->date().toString(Qt::ISODate));
    o.insert(QStringLiteral("halfDay"), m_ui->halfDayComboBox->currentData().toString());
    o.insert(QStringLiteral("pointId"), m_ui->placeComboBox->currentData().toString());
    o.insert(QStringLiteral("channel"), m_ui->channelComboBox->currentData().toString());
    o.insert(QStringLiteral("externalRef"), m_ui->externalRefLineEdit->text());
    QJsonArray deputies;
    for (int i = 0; i < m_ui->deputiesListWidget->count(); ++i)
        if (m_ui->deputiesListWidget->item(i)->checkState() == Qt::Checked)
            deputies << m_ui->deputiesListWidget->item(i)->data(Qt::UserRole).toString();
    o.insert(QStringLiteral("deputies"), deputies);
    o.insert(QStringLiteral("name"), m_ui->visitorNameLineEdit->text());
    o.insert(QStringLiteral("phone"), m_ui->phoneLineEdit->text());
    o.insert(QStringLiteral("headcount"), m_ui->headcountSpinBox->value());
    o.insert(QStringLiteral("community"), m_ui->communityLineEdit->text());
    QJsonArray problems;
    for (const ProblemRow *row : m_rows)
        problems << QJsonObject{{QStringLiteral("text"), row->text()},
                                {QStringLiteral("categoryId"), row->categoryId()},
                                {QStringLiteral("community"), row->communityText()},
                                {QStringLiteral("location"), row->location()},
                                {QStringLiteral("linkedCaseId"), row->linkedCaseId()},
                                {QStringLiteral("linkedCaseNo"), row->linkedCaseNo()},
                                {QStringLiteral("linkedTitle"), row->linkedTitle()}};
    o.insert(QStringLiteral("problems"), problems);
    QJsonArray files;
    for (const Attachment &a : m_attachments)
        files << QJsonObject{{QStringLiteral("sha256"), a.sha256},         {QStringLiteral("fileName"), a.fileName},
                             {QStringLiteral("mimeType"), a.mimeType},     {QStringLiteral("sizeBytes"), double(a.sizeBytes)},
                             {QStringLiteral("kind"), a.kind}};
    o.insert(QStringLiteral("attachments"), files);
    return o;
}

void ReceptionPage::restoreDraft(const QJsonObject &o)
{
    m_filling = true;
    const QDate date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (date.isValid())
        m_ui->dateEdit->setDate(date);
    m_ui->halfDayComboBox->setCurrentIndex(qMax(0, m_ui->halfDayComboBox->findData(o.value(QStringLiteral("halfDay")).toString())));
    m_ui->placeComboBox->setCurrentIndex(qMax(0, m_ui->placeComboBox->findData(o.value(QStringLiteral("pointId")).toString())));
    m_ui->channelComboBox->setCurrentIndex(qMax(0, m_ui->channelComboBox->findData(o.value(QStringLiteral("channel")).toString())));
    m_ui->externalRefLineEdit->setText(o.value(QStringLiteral("externalRef")).toString());
    QStringList deputies;
    for (const QJsonValue &v : o.value(QStringLiteral("deputies")).toArray())
        deputies << v.toString();
    for (int i = 0; i < m_ui->deputiesListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->deputiesListWidget->item(i);
        item->setCheckState(deputies.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->visitorNameLineEdit->setText(o.value(QStringLiteral("name")).toString());
    m_ui->phoneLineEdit->setText(o.value(QStringLiteral("phone")).toString());
    m_ui->headcountSpinBox->setValue(qMax(1, o.value(QStringLiteral("headcount")).toInt()));
    m_ui->communityLineEdit->setText(o.value(QStringLiteral("community")).toString());
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    for (int i = 0; i < problems.size(); ++i) {
        ProblemRow *row = i < m_rows.size() ? m_rows.at(i) : addProblem();
        const QJsonObject p = problems.at(i).toObject();
        row->setText(p.value(QStringLiteral("text")).toString());
        row->setCategoryId(p.value(QStringLiteral("categoryId")).toString());
        row->setCommunityText(p.value(QStringLiteral("community")).toString());
        row->setLocation(p.value(QStringLiteral("location")).toString());
        if (const QString linked = p.value(QStringLiteral("linkedCaseId")).toString(); !linked.isEmpty())
            row->setLinkedCase(linked, p.value(QStringLiteral("linkedCaseNo")).toString(),
                               p.value(QStringLiteral("linkedTitle")).toString());
    }
    const AttachmentStore files(m_store);
    for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject f = v.toObject();
        Attachment a;
        a.sha256 = f.value(QStringLiteral("sha256")).toString();
        // The bytes were copied in when the file was attached; a draft never points at a missing file.
        if (!files.contains(a.sha256))
            continue;
        a.fileName = f.value(QStringLiteral("fileName")).toString();
        a.mimeType = f.value(QStringLiteral("mimeType")).toString();
        a.sizeBytes = qint64(f.value(QStringLiteral("sizeBytes")).toDouble());
        a.kind = f.value(QStringLiteral("kind")).toString();
        m_attachments << a;
    }
    updateAttachmentsLabel();
    m_filling = false;
    lookUpVisitor();
}

void ReceptionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReceptionPage::retranslate()
{
    const QString status = m_ui->formStatusLabel->text();
    m_ui->retranslateUi(this);
    m_ui->formStatusLabel->setText(status);
    fillHalfDays();
    fillChannels();
    for (ProblemRow *row : std::as_const(m_rows))
        row->retranslate();
    updateAttachmentsLabel();
    m_todayModel->languageChanged();
    m_ui->todayHintLabel->setText(tr("Select a visit to print its receipt again or to cancel it (never deleted)."));
    m_ui->visitorNameLineEdit->setPlaceholderText(tr("Surname is enough"));
    m_ui->phoneLineEdit->setPlaceholderText(tr("Mobile or landline"));
    m_ui->communityLineEdit->setPlaceholderText(tr("Type a few characters and choose"));
}

} // namespace zt
