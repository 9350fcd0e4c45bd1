#include "LedgerImportDialog.h"
#include "ui_LedgerImportDialog.h"

#include "storage/LedgerImportRepository.h"
#include "storage/Store.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStandardPaths>
#include <QtConcurrent>

namespace zt {

namespace {

using F = LedgerColumns::Field;
constexpr int kPreviewRows = 10;

} // namespace

LedgerImportDialog::LedgerImportDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LedgerImportDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ledgerImportDialog"));
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->mappingPage);
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->refusedTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->refusedTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->mappingSplitter->setStretchFactor(0, 2);
    m_ui->mappingSplitter->setStretchFactor(1, 3);
    m_ui->importButton->setEnabled(false);
    m_ui->importProgressBar->hide();
    m_ui->stopImportButton->hide();
    m_ui->messageLabel->hide();
    m_progressTimer.setInterval(100);

    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &LedgerImportDialog::chooseFile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &LedgerImportDialog::startImport);
    connect(m_ui->stopImportButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
        m_ui->stopImportButton->setEnabled(false);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &LedgerImportDialog::reject);
    connect(m_ui->copyRefusedButton, &QPushButton::clicked, this, &LedgerImportDialog::copyRefusedRows);
    connect(m_ui->saveRefusedButton, &QPushButton::clicked, this, &LedgerImportDialog::chooseRefusedFile);
    connect(&m_progressTimer, &QTimer::timeout, this, &LedgerImportDialog::showProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LedgerImportDialog::importFinished);
    // Fits 1366x768 with the taskbar; the splitter gives the preview the larger part.
    resize(1040, 600);
}

LedgerImportDialog::~LedgerImportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void LedgerImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a ledger"), start, tr("Ledgers (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool LedgerImportDialog::loadFile(const QString &path)
{
    if (isImporting())
        return false;
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->mappingPage);
    m_ui->importProgressBar->hide();
    m_report.reset();
    m_content.reset();
    m_path = path;
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    m_ui->mappingTableWidget->setRowCount(0);
    m_ui->previewTableWidget->clear();
    m_ui->previewTableWidget->setRowCount(0);
    m_ui->previewTableWidget->setColumnCount(0);
    auto content = LedgerFile::read(path);
    if (!content) {
        showMessage(content.error().message, true);
        m_ui->importButton->setEnabled(false);
        return false;
    }
    m_content = std::move(content.value());
    const QStringList headers = m_content->header.cells;
    // The mapping chosen last time for ledgers with these headers, else the guess from the headers.
    const auto saved = LedgerImportRepository(m_store.db()).mapping(LedgerColumns::mappingName(headers));
    const LedgerColumns columns =
        saved ? LedgerColumns::fromJson(*saved, headers) : LedgerColumns::fromHeaders(headers);

    auto *preview = m_ui->previewTableWidget;
    preview->setColumnCount(int(headers.size()));
    const int rows = int(qMin<qsizetype>(kPreviewRows, m_content->rows.size()));
    preview->setRowCount(rows);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const XlsxReader::Row &row = m_content->rows.at(r);
        lines << QString::number(row.line);
        for (int c = 0; c < headers.size(); ++c)
            preview->setItem(r, c, new QTableWidgetItem(row.cells.value(c)));
    }
    // The file's own line numbers, as the list of refused rows will name them.
    preview->setVerticalHeaderLabels(lines);
    fillMapping(columns);
    preview->resizeColumnsToContents();
    for (int c = 0; c < preview->columnCount(); ++c)
        preview->setColumnWidth(c, qMin(preview->columnWidth(c), 220));
    checkMapping();
    return true;
}

void LedgerImportDialog::fillMapping(const LedgerColumns &columns)
{
    const QStringList headers = m_content->header.cells;
    auto *table = m_ui->mappingTableWidget;
    table->setRowCount(int(headers.size()));
    for (int c = 0; c < headers.size(); ++c) {
        auto *header =
            new QTableWidgetItem(headers.at(c).trimmed().isEmpty() ? tr("(column %1 without a header)").arg(c + 1)
                                                                   : headers.at(c).trimmed());
        table->setItem(c, 0, header);
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("fieldComboBox%1").arg(c));
        box->addItem(tr("Not imported"), -1);
        for (F f : LedgerColumns::fields()) {
            box->addItem(LedgerColumns::isRequired(f) ? tr("%1 (required)").arg(LedgerColumns::label(f))
                                                      : LedgerColumns::label(f),
                         int(f));
            box->setItemData(box->count() - 1, LedgerColumns::header(f), Qt::ToolTipRole);
        }
        int chosen = 0;
        for (F f : LedgerColumns::fields())
            if (columns.column(f) == c)
                chosen = box->findData(int(f));
        box->setCurrentIndex(chosen);
        table->setCellWidget(c, 1, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, c] { fieldChosen(c); });
    }
    table->resizeColumnToContents(0);
    refreshPreviewHeaders();
}

QComboBox *LedgerImportDialog::fieldComboBox(int column) const
{
    return qobject_cast<QComboBox *>(m_ui->mappingTableWidget->cellWidget(column, 1));
}

void LedgerImportDialog::fieldChosen(int column)
{
    // A field is read from one column: choosing it here takes it from the column that had it.
    const int field = fieldComboBox(column)->currentData().toInt();
    if (field >= 0) {
        for (int c = 0; c < m_ui->mappingTableWidget->rowCount(); ++c) {
            QComboBox *other = fieldComboBox(c);
            if (c != column && other && other->currentData().toInt() == field) {
                const QSignalBlocker block(other);
                other->setCurrentIndex(0);
            }
        }
    }
    refreshPreviewHeaders();
    checkMapping();
}

LedgerColumns LedgerImportDialog::columns() const
{
    if (!m_content)
        return {};
    // Starts from the headers (so the mapping can be saved by header text), then takes every choice.
    LedgerColumns out = LedgerColumns::fromHeaders(m_content->header.cells);
    for (F f : LedgerColumns::fields())
        out.setColumn(f, -1);
    for (int c = 0; c < m_ui->mappingTableWidget->rowCount(); ++c)
        if (const QComboBox *box = fieldComboBox(c); box && box->currentData().toInt() >= 0)
            out.setColumn(F(box->currentData().toInt()), c);
    return out;
}

void LedgerImportDialog::refreshPreviewHeaders()
{
    if (!m_content)
        return;
    // Each preview column says which field it becomes, so a wrong choice shows next to the data.
    const QStringList headers = m_content->header.cells;
    QStringList labels;
    for (int c = 0; c < headers.size(); ++c) {
        const QComboBox *box = fieldComboBox(c);
        const int field = box ? box->currentData().toInt() : -1;
        labels << (field >= 0 ? tr("%1\n→ %2").arg(headers.at(c).trimmed(), LedgerColumns::label(F(field)))
                              : tr("%1\n(not imported)").arg(headers.at(c).trimmed()));
    }
    m_ui->previewTableWidget->setHorizontalHeaderLabels(labels);
}

void LedgerImportDialog::checkMapping()
{
    if (!m_content)
        return;
    const QList<F> missing = columns().missingRequired();
    if (!missing.isEmpty()) {
        QStringList names;
        for (F f : missing)
            names << LedgerColumns::label(f);
        showMessage(tr("Choose the column that holds: %1.").arg(names.join(tr(", "))), true);
    } else if (m_content->rows.isEmpty()) {
        showMessage(tr("The ledger has headers but no rows."), true);
    } else {
        QString text = tr("%n row(s) to import.", nullptr, int(m_content->rows.size()));
        // Said before the import starts: which rows this user's role leaves for a station head (nothing is lost,
        // the same file imports them later).
        if (const int assigned = LedgerImporter::rowsNeedingAssignment(m_store, *m_content, columns()); assigned > 0)
            text += QLatin1Char(' ') +
                    tr("%n of them assign(s) the case to a department (%1), which needs a station head: they will "
                       "be left out now, and a station head can import them later from the same file.",
                       nullptr, assigned)
                        .arg(LedgerColumns::header(F::Department));
        showMessage(text, false);
    }
    m_ui->importButton->setEnabled(missing.isEmpty() && !m_content->rows.isEmpty() && !isImporting());
}

LedgerImportDialog::Outcome LedgerImportDialog::runImport(const QString &storePath, const QString &userId,
                                                          const LedgerFile::Content &content,
                                                          const LedgerColumns &columns,
                                                          std::shared_ptr<std::atomic_bool> cancel,
                                                          std::shared_ptr<std::atomic_int> done)
{
    Outcome outcome;
    // The worker's own store on the same file: writes go through its WriteTransaction (row + outbox), and the
    // window's connection stays free for the user (WAL lets it read meanwhile).
    OpenOptions options;
    options.createIfMissing = false;
    options.migrate = false; // the window opened (and migrated) the file already
    auto opened = Store::open(storePath, options);
    if (!opened) {
        outcome.error = opened.error().message;
        return outcome;
    }
    Store &store = *opened.value();
    store.setCurrentUserId(userId);
    LedgerImportOptions importOptions;
    importOptions.columns = columns;
    importOptions.cancel = cancel.get();
    importOptions.progress = [done](int rows, int) { done->store(rows); };
    auto report = LedgerImporter(store).importContent(content, importOptions);
    if (report)
        outcome.report = std::move(report.value());
    else
        outcome.error = report.error().message;
    return outcome;
}

void LedgerImportDialog::startImport()
{
    if (!m_content || isImporting() || !m_ui->importButton->isEnabled())
        return;
    const LedgerColumns chosen = columns();
    // Remembered before importing, so a stopped or refused import still keeps the user's choice.
    const Status saved = LedgerImportRepository(m_store.db())
                             .saveMapping(LedgerColumns::mappingName(m_content->header.cells), chosen.toJson());
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic_int>(0);
    m_ui->importProgressBar->setRange(0, int(m_content->rows.size()));
    m_ui->importProgressBar->setValue(0);
    m_ui->importProgressBar->show();
    setBusy(true);
    showMessage(tr("Importing…"), false);
    m_watcher.setFuture(QtConcurrent::run(&LedgerImportDialog::runImport, m_store.path(), m_store.currentUserId(),
                                          *m_content, chosen, m_cancel, m_done));
    m_progressTimer.start();
}

void LedgerImportDialog::showProgress()
{
    if (m_done)
        m_ui->importProgressBar->setValue(m_done->load());
}

void LedgerImportDialog::importFinished()
{
    m_progressTimer.stop();
    showProgress();
    setBusy(false);
    const Outcome outcome = m_watcher.result();
    if (!outcome.report) {
        m_ui->importProgressBar->hide();
        showMessage(outcome.error, true);
        checkMapping();
        return;
    }
    m_report = outcome.report;
    // The worker wrote on its own connection: tell the window's lists.
    m_store.notifyChanged({{QStringLiteral("visit"), {}}, {QStringLiteral("cases"), {}}});
    showReport(*m_report);
    if (m_report->imported > 0)
        emit imported(m_report->imported);
}

void LedgerImportDialog::showReport(const LedgerImportReport &report)
{
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->resultPage);
    QStringList lines;
    if (report.cancelled)
        lines << tr("Stopped after %1 of %2 rows; the rows before were imported.")
                     .arg(report.imported + report.alreadyImported + report.refused.size())
                     .arg(report.rows);
    if (report.imported == 0 && report.alreadyImported > 0)
        lines << tr("Nothing new: the rows of this ledger are already in the store.");
    lines << tr("Imported: %1. Already in the store: %2. Refused: %3.")
                 .arg(report.imported)
                 .arg(report.alreadyImported)
                 .arg(report.refused.size());
    m_ui->resultSummaryLabel->setText(lines.join(QLatin1Char('\n')));
    auto *table = m_ui->refusedTableWidget;
    table->setRowCount(int(report.refused.size()));
    for (int r = 0; r < report.refused.size(); ++r) {
        auto *line = new QTableWidgetItem(QString::number(report.refused.at(r).line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, 0, line);
        table->setItem(r, 1, new QTableWidgetItem(report.refused.at(r).reason));
    }
    const bool anyRefused = !report.refused.isEmpty();
    m_ui->refusedLabel->setVisible(anyRefused);
    table->setVisible(anyRefused);
    m_ui->copyRefusedButton->setVisible(anyRefused);
    m_ui->saveRefusedButton->setVisible(anyRefused);
    m_ui->messageLabel->hide();
    m_ui->importButton->setEnabled(false);
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
}

void LedgerImportDialog::copyRefusedRows()
{
    if (!m_report)
        return;
    // Tab-separated: pastes into Excel or WPS as two columns.
    QStringList lines{tr("Line") + QLatin1Char('\t') + tr("Reason")};
    for (const LedgerRowProblem &p : std::as_const(m_report->refused))
        lines << QString::number(p.line) + QLatin1Char('\t') + p.reason;
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    showMessage(tr("The list is copied; paste it into a spreadsheet."), false);
}

bool LedgerImportDialog::saveRefusedRows(const QString &path)
{
    if (!m_report)
        return false;
    QFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    file.write(LedgerImporter::refusedRowsCsv(*m_report)) >= 0 && file.flush();
    showMessage(ok ? tr("Saved the list to %1.").arg(QDir::toNativeSeparators(path))
                   : tr("Could not write %1. Choose another folder.").arg(QDir::toNativeSeparators(path)),
                !ok);
    return ok;
}

void LedgerImportDialog::chooseRefusedFile()
{
    const QFileInfo ledger(m_path);
    const QString suggested = ledger.absoluteDir().filePath(tr("%1-refused-rows.csv").arg(ledger.completeBaseName()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the refused rows"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveRefusedRows(path);
}

void LedgerImportDialog::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setText(text);
    // Colour is not the only signal: problems are sentences that say what to do.
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void LedgerImportDialog::setBusy(bool busy)
{
    m_ui->chooseFileButton->setEnabled(!busy);
    m_ui->mappingTableWidget->setEnabled(!busy);
    m_ui->importButton->setEnabled(!busy);
    m_ui->stopImportButton->setVisible(busy);
    m_ui->stopImportButton->setEnabled(busy);
    if (busy)
        m_ui->stopImportButton->setFocus();
}

void LedgerImportDialog::reject()
{
    // Esc or Close during an import stops it after the current row; what was imported stays.
    if (isImporting()) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
        // The dialog closes before the watcher reports: the lists hear of the rows imported so far here.
        m_store.notifyChanged({{QStringLiteral("visit"), {}}, {QStringLiteral("cases"), {}}});
    }
    QDialog::reject();
}

void LedgerImportDialog::retranslate()
{
    m_ui->retranslateUi(this);
    if (m_content) {
        const LedgerColumns chosen = columns();
        fillMapping(chosen);
        checkMapping();
    }
    if (m_report)
        showReport(*m_report);
}

void LedgerImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace zt
