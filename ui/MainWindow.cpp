#include "MainWindow.h"

#include "audit/AuditViewerPage.h"
#include "cases/CasesPage.h"
#include "dashboard/DashboardPage.h"
#include "reports/ReportsPage.h"
#include "SettingsPage.h"
#include "sync/SyncController.h"
#include "sync/SyncPage.h"
#include "sync/SyncSettingsSection.h"
#include "deputies/DeputiesPage.h"
#include "schedule/SchedulePage.h"
#include "models/CaseListModel.h"
#include "models/DeputyListModel.h"
#include "models/MonthFiguresModel.h"
#include "storage/SyncStateRepository.h"
#include "models/ReceptionDayModel.h"
#include "models/VisitListModel.h"
#include "reception/ReceptionPage.h"
#include "security/AccessPolicy.h"
#include "security/UserAdminPage.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QEvent>
#include <algorithm>
#include <limits>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace zt {

QList<MainWindow::Page> MainWindow::allPages()
{
    return {Page::Reception, Page::Cases, Page::Deputies, Page::Schedule,
            Page::Dashboard, Page::Reports, Page::Sync,   Page::Settings, Page::Audit, Page::Users};
}

QString MainWindow::pageObjectName(Page page)
{
    switch (page) {
    case Page::Reception: return QStringLiteral("receptionPage");
    case Page::Cases: return QStringLiteral("casesPage");
    case Page::Deputies: return QStringLiteral("deputiesPage");
    case Page::Schedule: return QStringLiteral("schedulePage");
    case Page::Dashboard: return QStringLiteral("dashboardPage");
    case Page::Reports: return QStringLiteral("reportsPage");
    case Page::Sync: return QStringLiteral("syncPage");
    case Page::Settings: return QStringLiteral("settingsPage");
    case Page::Audit: return QStringLiteral("auditPage");
    case Page::Users: return QStringLiteral("usersPage");
    }
    return {};
}

MainWindow::MainWindow(Store &store, TranslationLoader &translations, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_translations(translations)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFixedWidth(150);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    for (int i = 0; i < allPages().size(); ++i)
        m_navigation->addItem(QString());
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_storePathLabel = new QLabel(this);
    m_storePathLabel->setObjectName(QStringLiteral("storePathLabel"));
    // A long path gives way to the sync state, which matters more.
    m_storePathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_networkLabel = new QLabel(this);
    m_networkLabel->setObjectName(QStringLiteral("networkStateLabel"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingChangesLabel"));
    statusBar()->addWidget(m_storePathLabel, 1);
    // While a sync with a known size runs (sending the outbox, the first download of a station's
    // records), a bar beside the words; otherwise the words alone.
    m_syncProgressBar = new QProgressBar(this);
    m_syncProgressBar->setObjectName(QStringLiteral("syncProgressBar"));
    m_syncProgressBar->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_syncProgressBar->setMaximumHeight(fontMetrics().height());
    m_syncProgressBar->setTextVisible(false); // the label beside it says "n of m" in words
    m_syncProgressBar->hide();
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_networkLabel);
    statusBar()->addPermanentWidget(m_syncProgressBar);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < allPages().size() && isPageAllowed(allPages().at(row)))
            showPage(allPages().at(row));
    });
    // Ctrl+1 .. Ctrl+9 jump to the areas: keyboard first (the tenth, Users, is reached by the list).
    for (int i = 0; i < qMin(9, int(allPages().size())); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_navigation->setCurrentRow(i); });
    }
    connect(&m_store, &Store::changed, this, &MainWindow::updateStatus);
    m_sync = new SyncController(m_store, this);
    connect(m_sync, &SyncController::statusChanged, this, &MainWindow::updateStatus);

    resize(1280, 720);
    retranslate();
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Reception: return tr("Reception");
    case Page::Cases: return tr("Cases");
    case Page::Deputies: return tr("Deputies");
    case Page::Schedule: return tr("Schedule");
    case Page::Dashboard: return tr("Dashboard");
    case Page::Reports: return tr("Reports");
    case Page::Sync: return tr("Sync");
    case Page::Settings: return tr("Settings");
    case Page::Audit: return tr("Audit log");
    case Page::Users: return tr("Users");
    }
    return {};
}

bool MainWindow::isPageAllowed(Page page) const
{
    if (page == Page::Users)
        return AccessPolicy::requireCurrent(m_store, Permission::ManageUsers).ok();
    return true;
}

void MainWindow::updatePageAccess()
{
    const QList<Page> pages = allPages();
    for (int i = 0; i < pages.size(); ++i)
        m_navigation->item(i)->setHidden(!isPageAllowed(pages.at(i)));
}

void MainWindow::showPage(Page page)
{
    if (!isPageAllowed(page))
        return;
    QWidget *widget = m_pages.value(int(page));
    if (!widget) {
        widget = createPage(page);
        widget->setObjectName(pageObjectName(page));
        m_pages.insert(int(page), widget);
        m_stack->addWidget(widget);
    }
    m_stack->setCurrentWidget(widget);
    const int row = int(allPages().indexOf(page));
    if (m_navigation->currentRow() != row)
        m_navigation->setCurrentRow(row);
}

void MainWindow::openCases(const CaseFilter &filter)
{
    showPage(Page::Cases);
    if (auto *cases = qobject_cast<CasesPage *>(pageWidget(Page::Cases)))
        cases->showFiltered(filter);
}

QWidget *MainWindow::createPage(Page page)
{
    switch (page) {
    case Page::Reception:
        return new ReceptionPage(m_store);
    case Page::Cases:
        return new CasesPage(m_store);
    case Page::Deputies:
        return new DeputiesPage(m_store);
    case Page::Schedule:
        return new SchedulePage(m_store);
    case Page::Dashboard: {
        auto *dashboard = new DashboardPage(m_store);
        // A click on a bar or slice: the case list, filtered to exactly the cases behind it.
        connect(dashboard, &DashboardPage::openCasesRequested, this, &MainWindow::openCases);
        return dashboard;
    }
    case Page::Reports:
        return new ReportsPage(m_store);
    case Page::Sync:
        return new SyncPage(m_store, *m_sync);
    case Page::Settings:
    {
        auto *settings = new SettingsPage(m_store, m_translations);
        connect(settings, &SettingsPage::idleLockMinutesChanged, this, &MainWindow::idleLockMinutesChanged);
        settings->addSection(new SyncSettingsSection(*m_sync));
        return settings;
    }
    case Page::Audit:
        return new AuditViewerPage(m_store);
    case Page::Users:
        return new UserAdminPage(m_store);
    }
    return new QWidget;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const auto station = StationRepository(m_store).find(m_store.stationId());
    setWindowTitle(station ? tr("Zhitongche — %1").arg(station->name) : tr("Zhitongche"));
    const QList<Page> pages = allPages();
    for (int i = 0; i < pages.size(); ++i)
        m_navigation->item(i)->setText(pageTitle(pages.at(i)));
    updateStatus();
}

void MainWindow::updateStatus()
{
    // A role changed by an administrator (here or through sync) shows at once.
    updatePageAccess();
    m_storePathLabel->setText(tr("Data file: %1").arg(m_store.path()));
    // Quiet on purpose: offline is a normal state for a village point, never a dialog.
    const SyncStatus &sync = m_sync->status();
    m_networkLabel->setText(SyncController::describe(sync));
    m_networkLabel->setToolTip(SyncController::clockWarning(sync));
    const bool sized = sync.state == SyncStatus::State::Syncing && sync.progressTotal > 0;
    if (sized) {
        const auto clamp = [](qint64 n) { return int(std::min<qint64>(n, std::numeric_limits<int>::max())); };
        m_syncProgressBar->setRange(0, clamp(sync.progressTotal));
        m_syncProgressBar->setValue(clamp(std::min(sync.progressDone, sync.progressTotal)));
    }
    m_syncProgressBar->setVisible(sized);
    const qint64 pending = SyncStateRepository(m_store).pendingCount();
    m_pendingLabel->setText(tr("%n change(s) waiting to sync", nullptr, int(pending)));
}

} // namespace zt
