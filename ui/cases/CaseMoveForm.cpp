#include "CaseMoveForm.h"
#include "ui_CaseMoveForm.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "storage/CaseRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/Store.h"

#include <QEvent>
#include <QKeyEvent>

namespace zt {

using Move = CaseWorkflow::Move;

CaseMoveForm::CaseMoveForm(Store &store, WorkingDayCalendar calendar, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::CaseMoveForm>()), m_store(store), m_calendar(std::move(calendar))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("caseMoveForm"));
    connect(m_ui->confirmButton, &QPushButton::clicked, this, [this] { (void)submit(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    connect(m_ui->satisfactionComboBox, &QComboBox::currentIndexChanged, this, [this] { updateRateFields(); });
    hide();
}

CaseMoveForm::~CaseMoveForm() = default;

void CaseMoveForm::fillChoices()
{
    m_ui->departmentComboBox->clear();
    for (const Department &d : DepartmentRepository(m_store).listForStation(m_store.stationId()))
        if (!d.meta.deleted)
            m_ui->departmentComboBox->addItem(d.name, d.id);

    m_ui->deputyComboBox->clear();
    m_ui->deputyComboBox->addItem(tr("(the deputy following the case)"), QString());
    for (const Deputy &d : DeputyRepository(m_store).listForStation(m_store.stationId()))
        if (!d.meta.deleted && d.active)
            m_ui->deputyComboBox->addItem(QStringLiteral("%1 (%2)").arg(d.name, DomainText::deputyLevel(d.level)), d.id);

    m_ui->satisfactionComboBox->clear();
    for (const QString &code : Satisfaction::all())
        m_ui->satisfactionComboBox->addItem(DomainText::satisfaction(code), code);

    m_ui->platformComboBox->clear();
    for (const QString &code : Channel::all())
        if (Channel::hasExternalReference(code))
            m_ui->platformComboBox->addItem(DomainText::channel(code), code);

    // The ways stations reach citizens, as they write them in the ledger; anything else can be typed.
    m_ui->howComboBox->clear();
    m_ui->howComboBox->addItems({tr("Phone call"), tr("Home visit"), tr("At the station"), tr("Text message")});
}

QDate CaseMoveForm::defaultDeadline(const QString &categoryId) const
{
    return CaseWorkflow(m_store, m_calendar).defaultDeadline(categoryId, Clock::today());
}

void CaseMoveForm::start(Move move, const CaseDetails &details)
{
    m_move = move;
    m_details = details;
    fillChoices();
    m_ui->moveTitleLabel->setText(QStringLiteral("%1 · %2").arg(CaseWorkflow::moveLabel(move), details.record.caseNo));
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    m_ui->textTextEdit->clear();
    m_ui->externalRefLineEdit->clear();
    m_ui->targetCaseLineEdit->clear();
    m_ui->repliedOnDateEdit->setDate(Clock::today());
    m_ui->repliedOnDateEdit->setMaximumDate(Clock::today());
    m_ui->deadlineDateEdit->setMinimumDate(Clock::today());
    m_ui->deadlineDateEdit->setDate(defaultDeadline(details.record.categoryId));
    // Reassigning offers the other departments first: the current one would be refused.
    const int current = m_ui->departmentComboBox->findData(details.record.departmentId);
    if (move == Move::Reassign && current >= 0)
        m_ui->departmentComboBox->setCurrentIndex(current == 0 && m_ui->departmentComboBox->count() > 1 ? 1 : 0);
    else if (current >= 0)
        m_ui->departmentComboBox->setCurrentIndex(current);
    m_ui->satisfactionComboBox->setCurrentIndex(0);
    showFieldsFor(move);
    show();
    // Start typing where the move needs input first.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->departmentComboBox), static_cast<QWidget *>(m_ui->satisfactionComboBox),
                       static_cast<QWidget *>(m_ui->howComboBox), static_cast<QWidget *>(m_ui->platformComboBox),
                       static_cast<QWidget *>(m_ui->targetCaseLineEdit), static_cast<QWidget *>(m_ui->textTextEdit),
                       static_cast<QWidget *>(m_ui->confirmButton)}) {
        if (!w->isHidden()) {
            w->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void CaseMoveForm::showFieldsFor(Move move)
{
    const bool department = move == Move::Assign || move == Move::Reassign;
    const bool deadline = department;
    const bool text = move == Move::NotAccept || move == Move::Reassign || move == Move::Remind || move == Move::Reply
                      || move == Move::Close || move == Move::Escalate || move == Move::Cancel;
    auto setRow = [](QWidget *label, QWidget *field, bool visible) {
        label->setVisible(visible);
        field->setVisible(visible);
    };
    setRow(m_ui->departmentLabel, m_ui->departmentComboBox, department);
    setRow(m_ui->deadlineLabel, m_ui->deadlineDateEdit, deadline);
    setRow(m_ui->repliedOnLabel, m_ui->repliedOnDateEdit, move == Move::Reply);
    setRow(m_ui->howLabel, m_ui->howComboBox, move == Move::FeedBack);
    setRow(m_ui->deputyLabel, m_ui->deputyComboBox, move == Move::FeedBack);
    setRow(m_ui->satisfactionLabel, m_ui->satisfactionComboBox, move == Move::Rate);
    setRow(m_ui->platformLabel, m_ui->platformComboBox, move == Move::Transfer);
    setRow(m_ui->externalRefLabel, m_ui->externalRefLineEdit, move == Move::Transfer);
    setRow(m_ui->targetCaseLabel, m_ui->targetCaseLineEdit, move == Move::Merge);
    setRow(m_ui->textLabel, m_ui->textTextEdit, text);

    switch (move) {
    case Move::NotAccept:
    case Move::Close:
    case Move::Cancel:
        m_ui->textLabel->setText(tr("Reason:"));
        break;
    case Move::Reply:
        m_ui->textLabel->setText(tr("Reply:"));
        break;
    default:
        m_ui->textLabel->setText(tr("Note:"));
        break;
    }
    if (move == Move::Rate)
        updateRateFields();
}

void CaseMoveForm::updateRateFields()
{
    if (m_move != Move::Rate)
        return;
    // Not satisfied reopens the case at the same department with a new deadline.
    const bool reopens = m_ui->satisfactionComboBox->currentData().toString() == Satisfaction::Unsatisfied;
    m_ui->deadlineLabel->setVisible(reopens);
    m_ui->deadlineDateEdit->setVisible(reopens);
    m_ui->deadlineLabel->setText(reopens ? tr("New deadline:") : tr("Deadline:"));
}

Status CaseMoveForm::carryOut()
{
    CaseWorkflow workflow(m_store, m_calendar);
    const QString id = m_details.record.id;
    const QString text = m_ui->textTextEdit->toPlainText();
    switch (m_move) {
    case Move::Accept:
        return workflow.accept(id);
    case Move::NotAccept:
        return workflow.notAccept(id, text);
    case Move::Assign:
        return workflow.assign(id, m_ui->departmentComboBox->currentData().toString(), m_ui->deadlineDateEdit->date());
    case Move::Reassign:
        return workflow.reassign(id, m_ui->departmentComboBox->currentData().toString(),
                                 m_ui->deadlineDateEdit->date(), text);
    case Move::Remind:
        return workflow.remind(id, text);
    case Move::Reply:
        return workflow.reply(id, text, m_ui->repliedOnDateEdit->date());
    case Move::FeedBack:
        return workflow.feedBack(id, m_ui->howComboBox->currentText(), m_ui->deputyComboBox->currentData().toString());
    case Move::Rate: {
        const QString satisfaction = m_ui->satisfactionComboBox->currentData().toString();
        const QDate reopen = satisfaction == Satisfaction::Unsatisfied ? m_ui->deadlineDateEdit->date() : QDate();
        return workflow.rate(id, satisfaction, reopen);
    }
    case Move::Close:
        return workflow.close(id, text);
    case Move::Transfer:
        return workflow.transfer(id, m_ui->platformComboBox->currentData().toString(),
                                 m_ui->externalRefLineEdit->text());
    case Move::Merge: {
        const QString number = m_ui->targetCaseLineEdit->text().trimmed();
        const auto target = CaseRepository(m_store).findByNumber(number);
        if (!target)
            return Error{QStringLiteral("ui.unknown_case"),
                         tr("There is no case with the number \"%1\". Check the number on the list.").arg(number)};
        return workflow.mergeInto(id, target->id);
    }
    case Move::Escalate:
        return workflow.escalate(id, text);
    case Move::Cancel:
        return workflow.cancel(id, text);
    }
    return Error{QStringLiteral("ui.unknown_move"), tr("This step is not available.")};
}

Status CaseMoveForm::submit()
{
    const Status status = carryOut();
    if (!status) {
        m_ui->errorLabel->setText(status.error().message);
        m_ui->errorLabel->show();
        return status;
    }
    m_ui->errorLabel->hide();
    hide();
    emit moved(m_details.record.id);
    return status;
}

QString CaseMoveForm::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void CaseMoveForm::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Enter confirms from anywhere in the form (Enter alone belongs to the text field); Esc backs out.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ControlModifier)) {
        (void)submit();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit cancelled();
        return;
    }
    QFrame::keyPressEvent(event);
}

void CaseMoveForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (isVisible())
            m_ui->moveTitleLabel->setText(
                QStringLiteral("%1 · %2").arg(CaseWorkflow::moveLabel(m_move), m_details.record.caseNo));
    }
    QFrame::changeEvent(event);
}

} // namespace zt
