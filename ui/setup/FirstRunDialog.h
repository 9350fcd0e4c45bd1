#pragma once
// The first start of a store that is not set up for a station, in two tabs. Another PC of a station
// that syncs already joins it: enrol with the station's account, receive the station's data (with its
// progress), and only then open the forms (setup/StationJoin). The station's first PC sets the
// station up offline: its township or street chosen from Zhejiang's division list (city, county,
// township, or its 9-digit code typed), and this PC's letter (StationSetup::setUpTownship, the same
// as `ztctl init`).

#include <QDialog>

class QComboBox;
#include <functional>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace zt {

class Store;
struct Station;
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
    void setUpStation();
    // A district PC's home station, asked once the district's data is here; empty: stopped.
    QString chooseHomeStation(const QList<Station> &stations);
    // The division pickers: each level lists the children of the one above; a code typed chooses all three.
    void loadDivisions();
    void listChildren(QComboBox *box, const QString &parentCode);
    void fillCounties();
    void fillTownships();
    void chooseTypedCode(const QString &code);
    void showStationPreview();
    QString chosenTownship() const;
    // The tab's own button is the default one (Enter in either form does the tab's action).
    void showTabButtons();
    bool showProgress(const SyncProgress &step);
    void setRunning(bool running);
    // A message this dialog words itself is made again on a language switch; one from the core
    // (a refusal's reason) keeps the language it was given in.
    void showError(const std::function<QString()> &message);
    void showError(const QString &message);
    void showStopped();
    // The progress line from what the join reported last, in the current language (retranslate).
    void showStatus();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Store &m_store;
    bool m_running = false;
    bool m_stopRequested = false;
    std::function<QString()> m_errorMessage; // the error line's text, made again by retranslate()
    bool m_choosingByCode = false; // the pickers follow a typed code: their changes do not rewrite it
    // The last step reported: -1 signing in, else a SyncProgress::Phase.
    int m_phase = -1;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_district = false; // joining with a district's account: every station of the district comes
};

} // namespace zt
