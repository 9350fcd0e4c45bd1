#pragma once
// The reports page: pick a month (or a year), see the report exactly as it will be printed (a print
// preview of the same document), then print it, save it as PDF, or export the figures to CSV/XLSX.
// The document is built off the GUI thread on its own read connection. Beside the preview: the notable
// cases picked for the month and the way to its activities held.

#include "common/Result.h"
#include "reports/ReportDocument.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QSpinBox;
class QTextDocument;

namespace zt {

class NotableCasesPanel;
class Store;

class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(Store &store, QWidget *parent = nullptr);
    ~ReportsPage() override;
    void setToday(const QDate &today) { m_today = today; }
    void refresh();
    // The report on screen (valid after reportShown()).
    const ReportDocument &report() const { return m_report; }
    Status savePdf(const QString &path) const;
    Status saveCsv(const QString &path) const;
    Status saveXlsx(const QString &path) const;

signals:
    void reportShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showReport(const ReportDocument &report);
    void print();
    void exportTo(const QString &kind);
    StatsPeriod chosenPeriod() const;

    Store &m_store;
    QDate m_today;
    QLabel *m_titleLabel;
    QComboBox *m_kindComboBox;
    QSpinBox *m_yearSpinBox;
    QComboBox *m_monthComboBox;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    QPushButton *m_xlsxButton;
    QLabel *m_messageLabel;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    NotableCasesPanel *m_notablePanel;
    std::unique_ptr<QTextDocument> m_document;
    ReportDocument m_report;
    bool m_hasReport = false;
    bool m_loaded = false;
    QFutureWatcher<std::optional<ReportDocument>> m_watcher;
    bool m_again = false;
};

} // namespace zt
