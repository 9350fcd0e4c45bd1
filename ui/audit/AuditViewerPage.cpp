#include "audit/AuditViewerPage.h"
#include "ui_AuditViewerPage.h"

#include "common/Clock.h"
#include "models/AuditLogModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace zt {

AuditViewerPage::AuditViewerPage(Store &store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditViewerPage>()), m_store(store), m_model(new AuditLogModel(store, this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->auditTableView->setModel(m_model);
    m_ui->auditTableView->verticalHeader()->hide();
    m_ui->auditTableView->horizontalHeader()->setStretchLastSection(true);
    // The last month by default: what a head looks at after a question about last week.
    const QDate today = Clock::today();
    m_ui->fromDateEdit->setDate(today.addMonths(-1));
    m_ui->toDateEdit->setDate(today);

    connect(m_ui->userComboBox, &QComboBox::currentIndexChanged, this, &AuditViewerPage::applyFilter);
    connect(m_ui->actionComboBox, &QComboBox::currentIndexChanged, this, &AuditViewerPage::applyFilter);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &AuditViewerPage::applyFilter);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &AuditViewerPage::applyFilter);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditViewerPage::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditViewerPage::updateInfo);
    fillChoices();
    applyFilter();
}

AuditViewerPage::~AuditViewerPage() = default;

void AuditViewerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        m_model->languageChanged();
        updateInfo();
    }
    QWidget::changeEvent(event);
}

void AuditViewerPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void AuditViewerPage::refresh()
{
    fillChoices();
    m_model->reload();
}

void AuditViewerPage::fillChoices()
{
    m_filling = true;
    const QString user = m_ui->userComboBox->currentData().toString();
    const QString action = m_ui->actionComboBox->currentData().toString();
    m_ui->userComboBox->clear();
    m_ui->userComboBox->addItem(tr("Everyone"), QString());
    for (const auto &[id, name] : m_model->users())
        m_ui->userComboBox->addItem(name, id);
    m_ui->actionComboBox->clear();
    m_ui->actionComboBox->addItem(tr("All actions"), QString());
    for (const QString &code : m_model->actions())
        m_ui->actionComboBox->addItem(AuditLogModel::actionLabel(code), code);
    m_ui->userComboBox->setCurrentIndex(qMax(0, m_ui->userComboBox->findData(user)));
    m_ui->actionComboBox->setCurrentIndex(qMax(0, m_ui->actionComboBox->findData(action)));
    m_filling = false;
}

void AuditViewerPage::applyFilter()
{
    if (m_filling)
        return;
    AuditFilter filter;
    filter.userId = m_ui->userComboBox->currentData().toString();
    filter.action = m_ui->actionComboBox->currentData().toString();
    filter.from = m_ui->fromDateEdit->date();
    filter.to = m_ui->toDateEdit->date();
    m_model->setFilter(filter);
}

void AuditViewerPage::updateInfo()
{
    m_ui->errorLabel->setText(m_model->error());
    m_ui->errorLabel->setVisible(!m_model->error().isEmpty());
    m_ui->auditTableView->resizeColumnsToContents();
    const int rows = m_model->rowCount();
    m_ui->countLabel->setText(rows >= m_model->filter().limit
                                  ? tr("The newest %n entries; narrow the filters to see older ones.", nullptr, rows)
                                  : tr("%n entries.", nullptr, rows));
}

} // namespace zt
