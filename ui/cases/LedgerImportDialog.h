#pragma once
// Imports a station's ledger (接待台账, CSV or XLSX): shows how the program reads its columns, with a choice per
// column to correct it (remembered for ledgers with the same headers), a preview of the first rows, the import
// itself off the GUI thread with progress and a stop button, and afterwards every refused row with its line and
// reason, to copy or save. The rules (what a row becomes, who may import) are LedgerImporter's.

#include "io/LedgerImporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace Ui {
class LedgerImportDialog;
}

class QComboBox;

namespace zt {

class Store;

class LedgerImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LedgerImportDialog(Store &store, QWidget *parent = nullptr);
    ~LedgerImportDialog() override;

    // Reads the file and shows its mapping and first rows; false (and the reason in the dialog) when it cannot.
    bool loadFile(const QString &path);
    // Saves the mapping for next time and starts the import on a worker thread.
    void startImport();
    bool isImporting() const { return m_watcher.isRunning(); }
    // The mapping as the combo boxes show it now.
    LedgerColumns columns() const;
    // The field chosen for a column of the file; -1: not imported.
    QComboBox *fieldComboBox(int column) const;
    const std::optional<LedgerImportReport> &report() const { return m_report; }
    bool saveRefusedRows(const QString &path);

signals:
    // After an import that added cases (the cases page shows them).
    void imported(int cases);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        std::optional<LedgerImportReport> report;
        QString error;
    };
    static Outcome runImport(const QString &storePath, const QString &userId, const LedgerFile::Content &content,
                             const LedgerColumns &columns, std::shared_ptr<std::atomic_bool> cancel,
                             std::shared_ptr<std::atomic_int> done);
    void chooseFile();
    void fillMapping(const LedgerColumns &columns);
    void fieldChosen(int column);
    void refreshPreviewHeaders();
    void checkMapping();
    void showProgress();
    void importFinished();
    void showReport(const LedgerImportReport &report);
    void copyRefusedRows();
    void chooseRefusedFile();
    void showMessage(const QString &text, bool problem);
    void setBusy(bool busy);
    void retranslate();

    std::unique_ptr<Ui::LedgerImportDialog> m_ui;
    Store &m_store;
    QString m_path;
    std::optional<LedgerFile::Content> m_content;
    std::optional<LedgerImportReport> m_report;
    QFutureWatcher<Outcome> m_watcher;
    // Shared with the worker, which may outlive a closing dialog by one row.
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_done;
    QTimer m_progressTimer;
};

} // namespace zt
