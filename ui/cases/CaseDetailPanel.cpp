#include "CaseDetailPanel.h"

#include "CaseMoveForm.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "models/CaseTimelineModel.h"
#include "privacy/PersonalDataAccess.h"
#include "privacy/PersonalDataMask.h"
#include "storage/CaseDetailsReader.h"
#include "storage/NotableCaseRepository.h"
#include "storage/Store.h"
#include "workflow/AttachmentStore.h"
#include "workflow/SupervisionColour.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace zt {

using Move = CaseWorkflow::Move;

namespace {
const QList<Move> AllMoves{Move::Accept, Move::Assign,   Move::Remind,   Move::Reply,    Move::FeedBack,
                           Move::Rate,   Move::Reassign, Move::Escalate, Move::Transfer, Move::Merge,
                           Move::NotAccept, Move::Close, Move::Cancel};
}

CaseDetailPanel::CaseDetailPanel(Store &store, WorkingDayCalendar calendar, QWidget *parent)
    : QWidget(parent), m_store(store), m_calendar(calendar), m_emptyLabel(new QLabel(this)),
      m_content(new QWidget(this)), m_numberLabel(new QLabel(m_content)), m_titleLabel(new QLabel(m_content)),
      m_factsLabel(new QLabel(m_content)), m_descriptionLabel(new QLabel(m_content)),
      m_messageLabel(new QLabel(m_content)), m_revealButton(new QPushButton(m_content)),
      m_notableButton(new QPushButton(m_content)), m_form(new CaseMoveForm(store, calendar, m_content)),
      m_tabs(new QTabWidget(m_content)), m_timelineView(new QTableView(m_tabs)),
      m_timeline(new CaseTimelineModel(store, this)), m_visitLabel(new QLabel), m_related(new QListWidget),
      m_attachments(new QListWidget(m_tabs))
{
    setObjectName(QStringLiteral("caseDetailPanel"));
    m_emptyLabel->setObjectName(QStringLiteral("noCaseLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_numberLabel->setObjectName(QStringLiteral("caseNumberLabel"));
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel->setObjectName(QStringLiteral("caseTitleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_factsLabel->setObjectName(QStringLiteral("caseFactsLabel"));
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextFormat(Qt::RichText);
    m_descriptionLabel->setObjectName(QStringLiteral("caseDescriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_descriptionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setObjectName(QStringLiteral("caseMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_messageLabel->hide();
    m_revealButton->setObjectName(QStringLiteral("revealPhoneButton"));
    connect(m_revealButton, &QPushButton::clicked, this, &CaseDetailPanel::revealPhone);
    m_notableButton->setObjectName(QStringLiteral("notableCaseButton"));
    m_notableButton->setCheckable(true);
    connect(m_notableButton, &QPushButton::clicked, this, &CaseDetailPanel::toggleNotable);

    auto *actions = new QWidget(m_content);
    auto *actionLayout = new QGridLayout(actions);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    int row = 0;
    for (Move move : AllMoves) {
        auto *button = new QPushButton(actions);
        button->setObjectName(moveObjectName(move));
        m_moveButtons.insert(move, button);
        actionLayout->addWidget(button, row, column);
        if (++column == 5) {
            column = 0;
            ++row;
        }
        connect(button, &QPushButton::clicked, this, [this, move] { startMove(move); });
    }

    m_timelineView->setObjectName(QStringLiteral("caseTimelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The facts column takes the width left and wraps; rows grow to their text.
    m_timelineView->setWordWrap(true);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(CaseTimelineModel::Details, QHeaderView::Stretch);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *relatedPage = new QWidget(m_tabs);
    auto *relatedLayout = new QVBoxLayout(relatedPage);
    m_visitLabel->setObjectName(QStringLiteral("visitLabel"));
    m_visitLabel->setWordWrap(true);
    m_visitLabel->setTextFormat(Qt::PlainText);
    m_related->setObjectName(QStringLiteral("relatedCasesListWidget"));
    relatedLayout->addWidget(m_visitLabel);
    relatedLayout->addWidget(m_related, 1);
    m_attachments->setObjectName(QStringLiteral("attachmentsListWidget"));
    m_tabs->setObjectName(QStringLiteral("caseDetailTabWidget"));
    m_tabs->addTab(m_timelineView, QString());
    m_tabs->addTab(relatedPage, QString());
    m_tabs->addTab(m_attachments, QString());

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_numberLabel);
    contentLayout->addWidget(m_titleLabel);
    auto *factsRow = new QHBoxLayout;
    factsRow->addWidget(m_factsLabel, 1);
    factsRow->addWidget(m_revealButton, 0, Qt::AlignBottom);
    factsRow->addWidget(m_notableButton, 0, Qt::AlignBottom);
    contentLayout->addLayout(factsRow);
    contentLayout->addWidget(m_descriptionLabel);
    contentLayout->addWidget(actions);
    contentLayout->addWidget(m_messageLabel);
    contentLayout->addWidget(m_form);
    contentLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();

    connect(m_form, &CaseMoveForm::moved, this, [this] { reload(); });
    connect(m_attachments, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openAttachment(m_attachments->row(item)); });
    connect(m_related, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openCaseRequested(item->data(Qt::UserRole).toString()); });
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (!m_details.record.id.isEmpty() && !m_form->isVisible()
            && (table == QLatin1String("cases") || table == QLatin1String("case_event")))
            reload();
    });
    retranslate();
}

QString CaseDetailPanel::moveObjectName(Move move)
{
    switch (move) {
    case Move::Accept: return QStringLiteral("acceptMoveButton");
    case Move::NotAccept: return QStringLiteral("notAcceptMoveButton");
    case Move::Assign: return QStringLiteral("assignMoveButton");
    case Move::Reassign: return QStringLiteral("reassignMoveButton");
    case Move::Remind: return QStringLiteral("remindMoveButton");
    case Move::Reply: return QStringLiteral("replyMoveButton");
    case Move::FeedBack: return QStringLiteral("feedBackMoveButton");
    case Move::Rate: return QStringLiteral("rateMoveButton");
    case Move::Close: return QStringLiteral("closeMoveButton");
    case Move::Transfer: return QStringLiteral("transferMoveButton");
    case Move::Merge: return QStringLiteral("mergeMoveButton");
    case Move::Escalate: return QStringLiteral("escalateMoveButton");
    case Move::Cancel: return QStringLiteral("cancelMoveButton");
    }
    return {};
}

void CaseDetailPanel::showCase(const QString &caseId)
{
    m_form->hide();
    m_messageLabel->hide();
    m_revealedPhone.clear();
    m_details = CaseDetails();
    m_details.record.id = caseId;
    reload();
}

void CaseDetailPanel::reload()
{
    const std::optional<CaseDetails> details =
        m_details.record.id.isEmpty() ? std::nullopt : CaseDetailsReader(m_store).load(m_details.record.id);
    if (!details) {
        m_details = CaseDetails();
        m_content->hide();
        m_emptyLabel->show();
        m_timeline->setTimeline({});
        return;
    }
    m_details = *details;
    m_emptyLabel->hide();
    m_content->show();
    showFacts();
    showNotable();
    showActions();
    m_timeline->setTimeline(m_details.timeline);
    showRelated();
}

void CaseDetailPanel::showFacts()
{
    const CaseRecord &r = m_details.record;
    m_numberLabel->setText(QStringLiteral("%1 · %2").arg(r.caseNo, DomainText::caseStatus(r.status)));
    m_titleLabel->setText(r.title);
    m_descriptionLabel->setText(r.description);
    m_descriptionLabel->setVisible(!r.description.isEmpty());

    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList rows;
    auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows << QStringLiteral("<tr><td style=\"color:#555;padding-right:8px\">%1</td><td>%2</td></tr>")
                        .arg(esc(label), value);
    };
    QString where = esc(m_details.communityName);
    if (!r.location.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" · ")) + esc(r.location);
    add(tr("Category"), esc(m_details.categoryName));
    add(tr("Where"), where);
    QString channel = esc(DomainText::channel(r.channel));
    if (!r.externalRef.isEmpty())
        channel += QStringLiteral(" (%1)").arg(esc(r.externalRef));
    add(tr("Channel"), channel);
    // The phone shows masked unless the role may see it; a station head can reveal it, which is audited.
    PersonalDataAccess access(m_store);
    QString citizen = esc(PersonalDataMask::name(r.citizenName));
    if (!r.citizenPhone.isEmpty())
        citizen += QStringLiteral(" · ")
                   + esc(m_revealedPhone.isEmpty() ? PersonalDataMask::phone(r.citizenPhone) : m_revealedPhone);
    m_revealButton->setVisible(!r.citizenPhone.isEmpty() && m_revealedPhone.isEmpty() && access.maySeeUnmasked());
    add(tr("Citizen"), citizen);
    add(tr("Registered"), r.registeredOn.toString(Qt::ISODate));
    add(tr("Department"), esc(m_details.departmentName));
    if (r.deadline.isValid()) {
        QString deadline = r.deadline.toString(Qt::ISODate);
        const auto level = SupervisionColour::level(r, Clock::today(), m_calendar);
        if (level != SupervisionColour::None) {
            const int left = SupervisionColour::workingDaysLeft(r, Clock::today(), m_calendar);
            deadline += QStringLiteral(" <span style=\"background:%1\">&nbsp;%2&nbsp;</span> %3")
                            .arg(SupervisionColour::colourName(level), esc(SupervisionColour::label(level)),
                                 esc(SupervisionColour::daysLeftText(left)));
        }
        add(tr("Deadline"), deadline);
    }
    add(tr("Deputy following"), esc(m_details.deputyName));
    add(tr("Point"), esc(m_details.pointName));
    if (!r.satisfaction.isEmpty())
        add(tr("Satisfaction"), esc(DomainText::satisfaction(r.satisfaction)));
    m_factsLabel->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
}

void CaseDetailPanel::showActions()
{
    const QList<Move> allowed = CaseWorkflow::allowedMoves(m_details.record.status);
    for (auto it = m_moveButtons.cbegin(); it != m_moveButtons.cend(); ++it)
        it.value()->setVisible(allowed.contains(it.key()));
}

void CaseDetailPanel::showRelated()
{
    if (m_details.visitDate.isValid()) {
        QString text = tr("Raised at the visit of %1").arg(m_details.visitDate.toString(Qt::ISODate));
        if (!m_details.visitDeputies.isEmpty())
            text += QStringLiteral(" · ") + tr("received by %1").arg(m_details.visitDeputies.join(QStringLiteral("、")));
        if (!m_details.visitSummary.isEmpty())
            text += QStringLiteral("\n") + m_details.visitSummary;
        m_visitLabel->setText(text);
    } else {
        m_visitLabel->setText(tr("This case did not come from a recorded visit."));
    }
    const QStringList deputies = m_details.deputiesInvolved();
    if (!deputies.isEmpty())
        m_visitLabel->setText(m_visitLabel->text() + QStringLiteral("\n")
                              + tr("Deputies involved: %1").arg(deputies.join(QStringLiteral("、"))));

    m_related->clear();
    using Relation = CaseDetails::RelatedCase::Relation;
    for (const CaseDetails::RelatedCase &related : std::as_const(m_details.related)) {
        QString relation;
        switch (related.relation) {
        case Relation::SameVisit: relation = tr("Same visit"); break;
        case Relation::MergedInto: relation = tr("Merged into"); break;
        case Relation::MergedFrom: relation = tr("Duplicate merged here"); break;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3 (%4)")
                                             .arg(relation, related.caseNo, related.title,
                                                  DomainText::caseStatus(related.status)),
                                         m_related);
        item->setData(Qt::UserRole, related.id);
    }
    if (m_details.related.isEmpty())
        new QListWidgetItem(tr("No related cases."), m_related);

    m_attachments->clear();
    for (const Attachment &a : std::as_const(m_details.attachments))
        new QListWidgetItem(QStringLiteral("%1 (%2 KB)").arg(a.fileName).arg((a.sizeBytes + 1023) / 1024), m_attachments);
    m_attachments->setToolTip(m_details.attachments.isEmpty() ? QString()
                                                              : tr("Double-click to open with the program your PC uses for it"));
    if (m_details.attachments.isEmpty())
        new QListWidgetItem(tr("No attachments."), m_attachments);
    m_tabs->setTabText(2, tr("Attachments (%1)").arg(m_details.attachments.size()));
    m_tabs->setTabText(1, tr("Visit and related cases (%1)").arg(m_details.related.size()));
}

void CaseDetailPanel::revealPhone()
{
    const Result<QString> phone =
        PersonalDataAccess(m_store).reveal(PersonalDataAccess::Field::CaseCitizenPhone, m_details.record.id);
    if (!phone) {
        m_messageLabel->setText(phone.error().message);
        m_messageLabel->show();
        return;
    }
    m_revealedPhone = phone.value();
    showFacts();
}

QString CaseDetailPanel::openableCopy(int attachmentRow)
{
    if (attachmentRow < 0 || attachmentRow >= m_details.attachments.size())
        return {};
    const Attachment &a = m_details.attachments.at(attachmentRow);
    const AttachmentStore blobs(m_store);
    auto fail = [this](const QString &message) {
        m_messageLabel->setText(message);
        m_messageLabel->show();
        return QString();
    };
    if (!blobs.contains(a.sha256))
        return fail(tr("The file of \"%1\" is not on this PC yet; it arrives with the next sync.").arg(a.fileName));
    // Stored by hash without a name: the system needs the name's ending to choose a program.
    const QString dir = QDir(QDir::tempPath()).filePath(QStringLiteral("zhitongche-attachments/") + a.sha256.left(16));
    QDir().mkpath(dir);
    const QString name = QFileInfo(a.fileName).fileName().isEmpty() ? a.sha256 : QFileInfo(a.fileName).fileName();
    const QString copy = QDir(dir).filePath(name);
    if (!QFileInfo::exists(copy) && !QFile::copy(blobs.pathFor(a.sha256), copy))
        return fail(tr("Could not prepare \"%1\" for opening. Check the free space of the PC.").arg(a.fileName));
    return copy;
}

void CaseDetailPanel::openAttachment(int row)
{
    const QString copy = openableCopy(row);
    if (!copy.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(copy));
}

void CaseDetailPanel::startMove(Move move)
{
    if (m_details.record.id.isEmpty())
        return;
    m_messageLabel->hide();
    m_form->start(move, m_details);
    // Accepting needs nothing typed: one click does it.
    if (move == Move::Accept) {
        const Status status = m_form->submit();
        if (!status) {
            m_form->hide();
            m_messageLabel->setText(status.error().message);
            m_messageLabel->show();
        }
    }
}

void CaseDetailPanel::showNotable()
{
    const QStringList periods = NotableCaseRepository(m_store).periodsOf(m_details.record.id);
    const QSignalBlocker blocker(m_notableButton);
    m_notableButton->setChecked(!periods.isEmpty());
    m_notableButton->setText(periods.isEmpty() ? tr("Mark as notable case") : tr("Notable case ✓"));
    // The month whose report prints it: the month the case was registered in, like the report's other lists.
    m_notableButton->setToolTip(
        periods.isEmpty() ? tr("Prints this case among the notable cases of the report of %1")
                                .arg(NotableCase::periodOf(m_details.record.registeredOn))
                          : tr("Printed among the notable cases of the report of %1; click to take it off")
                                .arg(periods.join(tr(", "))));
}

void CaseDetailPanel::toggleNotable(bool notable)
{
    NotableCaseRepository repository(m_store);
    const Status s = notable ? repository.mark(m_details.record.id, NotableCase::periodOf(m_details.record.registeredOn))
                             : repository.unmark(m_details.record.id);
    if (!s) {
        m_messageLabel->setText(s.error().message);
        m_messageLabel->show();
    }
    showNotable();
}

void CaseDetailPanel::retranslate()
{
    m_revealButton->setText(tr("Show number"));
    m_revealButton->setToolTip(tr("Shows the citizen's full phone number; this is recorded in the audit log"));
    m_emptyLabel->setText(tr("Choose a case in the list to see its history and take the next step."));
    for (auto it = m_moveButtons.cbegin(); it != m_moveButtons.cend(); ++it)
        it.value()->setText(CaseWorkflow::moveLabel(it.key()));
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Visit and related cases"));
    m_tabs->setTabText(2, tr("Attachments"));
    m_timeline->languageChanged();
    if (!m_details.record.id.isEmpty())
        reload();
}

void CaseDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zt
