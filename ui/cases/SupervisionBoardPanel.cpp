#include "SupervisionBoardPanel.h"

#include "ReportPrinter.h"
#include "common/Clock.h"
#include "models/SupervisionBoardModel.h"
#include "storage/DepartmentRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"
#include "supervision/SupervisionListDocument.h"
#include "workflow/CaseWorkflow.h"

#include <QComboBox>
#include <QEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace zt {

namespace {

// Paints the urgency cell in its colour; the word stays, so the colour is never the only signal.
class UrgencyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString colour = index.data(SupervisionBoardModel::ColourNameRole).toString();
        if (!colour.isEmpty())
            painter->fillRect(option.rect, QColor(colour));
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace

SupervisionBoardPanel::SupervisionBoardPanel(Store &store, WorkingDayCalendar calendar, QWidget *parent)
    : QWidget(parent), m_store(store), m_calendar(calendar),
      m_model(new SupervisionBoardModel(store, calendar, this)), m_countsLabel(new QLabel(this)),
      m_messageLabel(new QLabel(this)), m_department(new QComboBox(this)), m_deputy(new QComboBox(this)),
      m_remind(new QPushButton(this)), m_print(new QPushButton(this)), m_pdf(new QPushButton(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("supervisionBoardPanel"));
    m_countsLabel->setObjectName(QStringLiteral("supervisionCountsLabel"));
    m_messageLabel->setObjectName(QStringLiteral("supervisionMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    m_department->setObjectName(QStringLiteral("boardDepartmentComboBox"));
    m_deputy->setObjectName(QStringLiteral("boardDeputyComboBox"));
    m_remind->setObjectName(QStringLiteral("remindButton"));
    m_print->setObjectName(QStringLiteral("printSupervisionListButton"));
    m_pdf->setObjectName(QStringLiteral("supervisionPdfButton"));
    m_view->setObjectName(QStringLiteral("supervisionBoardView"));

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SupervisionBoardModel::Urgency, new UrgencyDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_department, 1);
    bar->addWidget(m_deputy, 1);
    bar->addWidget(m_remind);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_countsLabel);
    layout->addLayout(bar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_view, 1);

    fillChoices();
    connect(m_department, &QComboBox::currentIndexChanged, this, &SupervisionBoardPanel::applyFilter);
    connect(m_deputy, &QComboBox::currentIndexChanged, this, &SupervisionBoardPanel::applyFilter);
    connect(m_remind, &QPushButton::clicked, this, [this] { remindSelected(); });
    connect(m_print, &QPushButton::clicked, this, &SupervisionBoardPanel::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &SupervisionBoardPanel::choosePdf);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit openCaseRequested(m_model->rowId(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SupervisionBoardPanel::updateCounts);
    retranslate();
}

void SupervisionBoardPanel::fillChoices()
{
    m_department->addItem(QString(), QString());
    for (const Department &d : DepartmentRepository(m_store).listForStation(m_store.stationId()))
        if (!d.meta.deleted)
            m_department->addItem(d.name, d.id);
    m_deputy->addItem(QString(), QString());
    for (const Deputy &d : DeputyRepository(m_store).listForStation(m_store.stationId()))
        if (!d.meta.deleted)
            m_deputy->addItem(d.name, d.id);
}

void SupervisionBoardPanel::showEvent(QShowEvent *event)
{
    // Read on first sight, not when the main window builds the page.
    if (!m_loaded) {
        m_loaded = true;
        applyFilter();
    }
    QWidget::showEvent(event);
}

void SupervisionBoardPanel::applyFilter()
{
    SupervisionFilter filter;
    filter.departmentId = m_department->currentData().toString();
    filter.deputyId = m_deputy->currentData().toString();
    m_model->setFilter(filter);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 320));
}

void SupervisionBoardPanel::updateCounts()
{
    const SupervisionCounts counts = m_model->counts();
    m_countsLabel->setText(tr("%1 overdue · %2 due soon · %3 on time · %4 in all")
                               .arg(counts.overdue)
                               .arg(counts.dueSoon)
                               .arg(counts.onTime)
                               .arg(counts.total()));
}

int SupervisionBoardPanel::remindSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->rowId(index.row());
    if (ids.isEmpty()) {
        m_messageLabel->setText(tr("Select the cases to remind first (Ctrl+click for several)."));
        m_messageLabel->show();
        return 0;
    }
    CaseWorkflow workflow(m_store, m_calendar);
    int reminded = 0;
    QStringList failures;
    for (const QString &id : std::as_const(ids)) {
        const Status status = workflow.remind(id);
        if (status)
            ++reminded;
        else
            failures << status.error().message;
    }
    QString message = tr("%n reminder(s) recorded.", nullptr, reminded);
    if (!failures.isEmpty())
        message += QLatin1Char(' ') + failures.join(QLatin1Char(' '));
    m_messageLabel->setText(message);
    m_messageLabel->show();
    return reminded;
}

QString SupervisionBoardPanel::listHtml() const
{
    SupervisionListDocument::Header header;
    if (const auto station = StationRepository(m_store).find(m_store.stationId()))
        header.stationName = station->name;
    if (!m_department->currentData().toString().isEmpty())
        header.departmentName = m_department->currentText();
    header.printedOn = Clock::today();
    return SupervisionListDocument::html(header, m_model->allItems(), m_calendar);
}

void SupervisionBoardPanel::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    // Landscape: eight columns with dates and case numbers that must not break.
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Supervision list"));
    const QString html = listHtml();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [html](QPrinter *p) {
        QTextDocument doc;
        doc.setHtml(html);
        ReportPrinter::print(doc, *p);
    });
    dialog.exec();
}

bool SupervisionBoardPanel::exportPdf(const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QTextDocument doc;
    doc.setHtml(listHtml());
    // Paged like the reports: no heading left at a page's foot, no row cut or stretched at a page break.
    ReportPrinter::print(doc, printer);
    const bool ok = QFileInfo(path).size() > 0;
    m_messageLabel->setText(ok ? tr("Saved the supervision list to %1.").arg(QDir::toNativeSeparators(path))
                               : tr("Could not write %1. Choose another folder.").arg(QDir::toNativeSeparators(path)));
    m_messageLabel->show();
    return ok;
}

void SupervisionBoardPanel::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the supervision list as PDF"),
                                                      tr("supervision-list-%1.pdf").arg(Clock::today().toString(Qt::ISODate)),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void SupervisionBoardPanel::retranslate()
{
    m_department->setItemText(0, tr("All departments"));
    m_deputy->setItemText(0, tr("All deputies"));
    m_remind->setText(tr("Send reminder"));
    m_remind->setToolTip(tr("Records a reminder to the department for each selected case"));
    m_print->setText(tr("Print list…"));
    m_pdf->setText(tr("Save as PDF…"));
    m_model->languageChanged();
    if (m_loaded)
        updateCounts();
}

void SupervisionBoardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zt
