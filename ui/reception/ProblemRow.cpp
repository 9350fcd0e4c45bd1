#include "ProblemRow.h"

#include "ui_ProblemRow.h"

#include <QCompleter>
#include <QEvent>

namespace zt {

ProblemRow::ProblemRow(const QList<Category> &categories, QCompleter *communityCompleter, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::ProblemRow>())
{
    m_ui->setupUi(this);
    m_ui->categoryComboBox->addItem(QString(), QString());
    for (const Category &c : categories)
        m_ui->categoryComboBox->addItem(c.name, c.id);
    if (communityCompleter)
        m_ui->problemCommunityLineEdit->setCompleter(communityCompleter);
    m_ui->problemErrorLabel->hide();
    updateLinkText();
    retranslate();

    connect(m_ui->problemTextEdit, &QPlainTextEdit::textChanged, this, &ProblemRow::changed);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this, &ProblemRow::changed);
    connect(m_ui->problemCommunityLineEdit, &QLineEdit::textChanged, this, &ProblemRow::changed);
    connect(m_ui->locationLineEdit, &QLineEdit::textChanged, this, &ProblemRow::changed);
    connect(m_ui->removeProblemButton, &QToolButton::clicked, this, &ProblemRow::removeRequested);
    connect(m_ui->unlinkButton, &QToolButton::clicked, this, [this] {
        clearLink();
        emit changed();
    });
    for (QWidget *w : {static_cast<QWidget *>(m_ui->problemTextEdit), static_cast<QWidget *>(m_ui->categoryComboBox),
                       static_cast<QWidget *>(m_ui->problemCommunityLineEdit), static_cast<QWidget *>(m_ui->locationLineEdit)})
        w->installEventFilter(this);
}

ProblemRow::~ProblemRow() = default;

bool ProblemRow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        emit activated();
    return QFrame::eventFilter(watched, event);
}

void ProblemRow::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->categoryComboBox->setItemText(0, tr("Category…"));
    updateLinkText();
}

void ProblemRow::setNumber(int number)
{
    m_ui->problemNumberLabel->setText(QString::number(number));
    m_ui->problemTextEdit->setAccessibleName(tr("Problem %1").arg(number));
}

QString ProblemRow::text() const
{
    return m_ui->problemTextEdit->toPlainText();
}

void ProblemRow::setText(const QString &text)
{
    m_ui->problemTextEdit->setPlainText(text);
}

QString ProblemRow::categoryId() const
{
    return m_ui->categoryComboBox->currentData().toString();
}

void ProblemRow::setCategoryId(const QString &id)
{
    const int index = m_ui->categoryComboBox->findData(id);
    m_ui->categoryComboBox->setCurrentIndex(index < 0 ? 0 : index);
}

QString ProblemRow::communityText() const
{
    return m_ui->problemCommunityLineEdit->text().trimmed();
}

void ProblemRow::setCommunityText(const QString &text)
{
    m_ui->problemCommunityLineEdit->setText(text);
}

QString ProblemRow::location() const
{
    return m_ui->locationLineEdit->text();
}

void ProblemRow::setLocation(const QString &location)
{
    m_ui->locationLineEdit->setText(location);
}

bool ProblemRow::isEmpty() const
{
    return text().trimmed().isEmpty() && location().trimmed().isEmpty() && communityText().isEmpty()
           && m_linkedCaseId.isEmpty();
}

void ProblemRow::setLinkedCase(const QString &caseId, const QString &caseNo, const QString &title)
{
    m_linkedCaseId = caseId;
    m_linkedCaseNo = caseNo;
    m_linkedTitle = title;
    updateLinkText();
}

void ProblemRow::clearLink()
{
    m_linkedCaseId.clear();
    m_linkedCaseNo.clear();
    m_linkedTitle.clear();
    updateLinkText();
}

void ProblemRow::updateLinkText()
{
    const bool linked = !m_linkedCaseId.isEmpty();
    m_ui->linkLabel->setVisible(linked);
    m_ui->unlinkButton->setVisible(linked);
    // Category and place belong to the existing case; asking for them again would only confuse.
    m_ui->categoryComboBox->setEnabled(!linked);
    m_ui->problemCommunityLineEdit->setEnabled(!linked);
    m_ui->locationLineEdit->setEnabled(!linked);
    if (linked)
        m_ui->linkLabel->setText(tr("Linked to case %1 (%2): no new case is registered; the visit is added to it.")
                                     .arg(m_linkedCaseNo, m_linkedTitle));
}

void ProblemRow::showError(const QString &message)
{
    m_ui->problemErrorLabel->setText(message);
    m_ui->problemErrorLabel->show();
}

void ProblemRow::clearError()
{
    m_ui->problemErrorLabel->clear();
    m_ui->problemErrorLabel->hide();
}

QWidget *ProblemRow::firstField() const
{
    return m_ui->problemTextEdit;
}

QWidget *ProblemRow::lastField() const
{
    return m_ui->removeProblemButton;
}

QPlainTextEdit *ProblemRow::textEdit() const
{
    return m_ui->problemTextEdit;
}

} // namespace zt
