#pragma once
// The first start of a store that is not set up for a station. Another PC of a station that syncs
// already joins it here: enrol with the station's account, receive the station's data (with its
// progress), and only then open the forms (setup/StationJoin). The station's first PC is still set
// up offline, without a server, with `ztctl init`, as the dialog says.

#include <QDialog>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace zt {

class Store;
struct SyncProgress;

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(Store &store, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void chooseCaFile();
    void join();
    bool showProgress(const SyncProgress &step);
    void setRunning(bool running);
    void showError(const QString &message);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Store &m_store;
    bool m_running = false;
    bool m_stopRequested = false;
};

} // namespace zt
