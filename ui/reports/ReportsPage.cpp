#include "reports/ReportsPage.h"

#include "NotableCasesPanel.h"
#include "ReportPrinter.h"
#include "common/Clock.h"
#include "reports/CsvReportWriter.h"
#include "reports/MonthlyReportBuilder.h"
#include "reports/XlsxReportWriter.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace zt {

namespace {

std::optional<ReportDocument> buildReport(const QString &path, const QString &stationId, const StatsPeriod &period,
                                          const QDate &today)
{
    const QString name =
        QStringLiteral("zt-report-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    std::optional<ReportDocument> result;
    {
        if (!Database::openExtraConnection(path, name))
            return result;
        QSqlDatabase db = QSqlDatabase::database(name);
        MonthlyReportBuilder builder(db, WorkingDayCalendar::fromStore(db));
        MonthlyReportBuilder::Options options;
        options.scope = StatsScope::station(stationId);
        options.period = period;
        options.today = today;
        result = builder.build(options);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

ReportsPage::ReportsPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName(QStringLiteral("reportKindComboBox"));
    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpinBox->setRange(2000, 2100);
    m_monthComboBox = new QComboBox(this);
    m_monthComboBox->setObjectName(QStringLiteral("monthComboBox"));
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(QStringLiteral("csvButton"));
    m_xlsxButton = new QPushButton(this);
    m_xlsxButton->setObjectName(QStringLiteral("xlsxButton"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    ReportPrinter::setUpPrinter(*m_printer);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPreviewWidget"));
    // The page at its real size, one below the other: readable, and exactly what comes out of the printer.
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::CustomZoom);
    m_preview->setZoomFactor(1.0);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_titleLabel);
    bar->addSpacing(16);
    bar->addWidget(m_kindComboBox);
    bar->addWidget(m_yearSpinBox);
    bar->addWidget(m_monthComboBox);
    bar->addStretch();
    bar->addWidget(m_printButton);
    bar->addWidget(m_pdfButton);
    bar->addWidget(m_csvButton);
    bar->addWidget(m_xlsxButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_messageLabel);
    m_notablePanel = new NotableCasesPanel(m_store, this);
    m_notablePanel->setObjectName(QStringLiteral("notableCasesPanel"));
    m_notablePanel->setFixedWidth(280);
    auto *body = new QHBoxLayout;
    body->addWidget(m_preview, 1);
    body->addWidget(m_notablePanel);
    layout->addLayout(body, 1);

    // The last month that has ended is the one a station reports on.
    const QDate lastMonth = Clock::today().addMonths(-1);
    m_yearSpinBox->setValue(lastMonth.year());
    retranslate();
    m_monthComboBox->setCurrentIndex(lastMonth.month() - 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_document)
            ReportPrinter::print(*m_document, *printer);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        const auto result = m_watcher.result();
        if (result)
            showReport(*result);
        else
            m_messageLabel->setText(tr("The report could not be made. Check the store with ztctl check."));
    });
    const auto changed = [this] {
        m_monthComboBox->setVisible(m_kindComboBox->currentIndex() == 0);
        if (m_loaded)
            refresh();
    };
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_monthComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("pdf")); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("csv")); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("xlsx")); });
    connect(m_notablePanel, &NotableCasesPanel::reportChanged, this, &ReportsPage::refresh);
    // A case marked notable on its detail, or a change synced in from another PC.
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (m_loaded && (table == QLatin1String("notable_case") || table == QLatin1String("station_activity")))
            refresh();
    });
}

ReportsPage::~ReportsPage()
{
    m_watcher.waitForFinished();
}

void ReportsPage::retranslate()
{
    m_titleLabel->setText(tr("Reports"));
    const QSignalBlocker b1(m_kindComboBox), b2(m_monthComboBox);
    const int kind = qMax(0, m_kindComboBox->currentIndex());
    m_kindComboBox->clear();
    m_kindComboBox->addItems({tr("Monthly report"), tr("Annual report")});
    m_kindComboBox->setCurrentIndex(kind);
    const int month = qMax(0, m_monthComboBox->currentIndex());
    m_monthComboBox->clear();
    for (int m = 1; m <= 12; ++m)
        m_monthComboBox->addItem(tr("Month %1").arg(m));
    m_monthComboBox->setCurrentIndex(month);
    m_printButton->setText(tr("Print…"));
    m_pdfButton->setText(tr("Save as PDF…"));
    m_csvButton->setText(tr("Export CSV…"));
    m_xlsxButton->setText(tr("Export Excel…"));
}

StatsPeriod ReportsPage::chosenPeriod() const
{
    if (m_kindComboBox->currentIndex() == 1)
        return StatsPeriod::year(m_yearSpinBox->value());
    return StatsPeriod::month(m_yearSpinBox->value(), m_monthComboBox->currentIndex() + 1);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
    QWidget::showEvent(event);
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded)
            refresh(); // the report's words change with the language
    }
    QWidget::changeEvent(event);
}

void ReportsPage::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_messageLabel->setText(tr("Preparing the report…"));
    m_notablePanel->setPeriod(chosenPeriod());
    const QDate today = m_today.isValid() ? m_today : Clock::today();
    m_watcher.setFuture(QtConcurrent::run(buildReport, m_store.path(), m_store.stationId(), chosenPeriod(), today));
}

void ReportsPage::showReport(const ReportDocument &report)
{
    m_report = report;
    m_hasReport = true;
    // Charts are drawn here, on the GUI thread; the preview prints the very document the PDF gets.
    m_document = ReportPrinter::textDocument(report);
    m_messageLabel->clear();
    m_preview->updatePreview();
    emit reportShown();
}

void ReportsPage::print()
{
    if (!m_document)
        return;
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        ReportPrinter::print(*m_document, *m_printer);
}

Status ReportsPage::savePdf(const QString &path) const
{
    return ReportPrinter::writePdf(m_report, path);
}

Status ReportsPage::saveCsv(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = CsvReportWriter::write(m_report);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("report.write_failed"), tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

Status ReportsPage::saveXlsx(const QString &path) const
{
    return XlsxReportWriter::write(m_report, path);
}

void ReportsPage::exportTo(const QString &kind)
{
    if (!m_hasReport)
        return;
    const QString base = m_report.issuer + QLatin1Char('-') + m_report.periodCode;
    QString filter;
    if (kind == QLatin1String("pdf"))
        filter = tr("PDF files (*.pdf)");
    else if (kind == QLatin1String("csv"))
        filter = tr("CSV files (*.csv)");
    else
        filter = tr("Excel workbooks (*.xlsx)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), base + QLatin1Char('.') + kind, filter);
    if (path.isEmpty())
        return;
    const Status s = kind == QLatin1String("pdf") ? savePdf(path) : kind == QLatin1String("csv") ? saveCsv(path) : saveXlsx(path);
    m_messageLabel->setText(s ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : s.error().message);
}

} // namespace zt
