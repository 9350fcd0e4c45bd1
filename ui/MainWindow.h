#pragma once
// The shell: navigation to the app's areas, pages built when first opened, and a status bar with the
// store, the network state and the changes waiting to sync.

#include <QHash>
#include "models/CaseFilter.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QListWidget;
class QStackedWidget;

namespace zt {

class Store;
class SyncController;
class TranslationLoader;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Reception, Cases, Deputies, Schedule, Dashboard, Reports, Sync, Settings, Audit, Users };
    static QList<Page> allPages();

    MainWindow(Store &store, TranslationLoader &translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // Shows the case list narrowed to exactly these cases (a bar of the dashboard, a line of a report).
    void openCases(const CaseFilter &filter);
    QWidget *pageWidget(Page page) const { return m_pages.value(int(page)); }
    SyncController &sync() { return *m_sync; }
    static QString pageObjectName(Page page);
    // Whether the signed-in user may open the page; the others are hidden from the navigation (the
    // core services refuse them anyway).
    bool isPageAllowed(Page page) const;

signals:
    // The settings page changed the idle-lock minutes (0: never); main() passes it to the session lock.
    void idleLockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPage(Page page);
    QString pageTitle(Page page) const;
    void retranslate();
    void updateStatus();
    void updatePageAccess();

    Store &m_store;
    TranslationLoader &m_translations;
    SyncController *m_sync;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QHash<int, QWidget *> m_pages;
    QLabel *m_storePathLabel;
    QLabel *m_networkLabel;
    QLabel *m_pendingLabel;
    QProgressBar *m_syncProgressBar;
};

} // namespace zt
