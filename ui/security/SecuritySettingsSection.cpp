#include "security/SecuritySettingsSection.h"
#include "ui_SecuritySettingsSection.h"

#include "AppSettings.h"
#include "privacy/RetentionService.h"
#include "security/AccessPolicy.h"
#include "security/PasswordDialog.h"
#include "security/UserAdmin.h"
#include "storage/Store.h"
#include "storage/UserRepository.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>

namespace zt {

SecuritySettingsSection::SecuritySettingsSection(Store &store, QWidget *parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::SecuritySettingsSection>()), m_store(store)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("securitySettingsGroupBox"));
    m_ui->idleLockSpinBox->setValue(AppSettings::idleLockMinutes());
    m_ui->retentionYearsSpinBox->setValue(AppSettings::retentionYears());
    m_ui->anonymiseConfirmWidget->hide();
    m_ui->anonymiseProgressBar->hide();
    m_ui->securityMessageLabel->hide();
    connect(m_ui->idleLockSpinBox, &QSpinBox::valueChanged, this, &SecuritySettingsSection::applyIdleMinutes);
    connect(m_ui->retentionYearsSpinBox, &QSpinBox::valueChanged, this, &SecuritySettingsSection::applyRetentionYears);
    connect(m_ui->anonymiseButton, &QPushButton::clicked, this, &SecuritySettingsSection::askAnonymise);
    connect(m_ui->confirmAnonymiseButton, &QPushButton::clicked, this, &SecuritySettingsSection::confirmAnonymise);
    connect(m_ui->cancelAnonymiseButton, &QPushButton::clicked, this, &SecuritySettingsSection::cancelAnonymise);
    connect(m_ui->changeOwnPasswordButton, &QPushButton::clicked, this, &SecuritySettingsSection::changeOwnPassword);
    retranslate();
    updateAccess();
}

SecuritySettingsSection::~SecuritySettingsSection() = default;

void SecuritySettingsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void SecuritySettingsSection::showEvent(QShowEvent *event)
{
    updateAccess();
    QGroupBox::showEvent(event);
}

void SecuritySettingsSection::retranslate()
{
    setTitle(tr("Security and privacy"));
    m_ui->idleLockSpinBox->setSuffix(tr(" min"));
    m_ui->idleLockSpinBox->setSpecialValueText(tr("Never"));
    m_ui->retentionYearsSpinBox->setSuffix(tr(" years after closing"));
}

void SecuritySettingsSection::updateAccess()
{
    // The lock protects citizens' data on a shared PC and anonymising cannot be undone: both are the
    // station head's (ChangeSettings). The core checks the anonymising itself again.
    const bool mayChange = AccessPolicy::requireCurrent(m_store, Permission::ChangeSettings).ok();
    m_ui->idleLockSpinBox->setEnabled(mayChange);
    m_ui->retentionYearsSpinBox->setEnabled(mayChange);
    m_ui->anonymiseButton->setVisible(mayChange);
    if (!mayChange)
        m_ui->anonymiseConfirmWidget->hide();
    m_ui->changeOwnPasswordButton->setVisible(!m_store.currentUserId().isEmpty());
}

void SecuritySettingsSection::applyIdleMinutes(int minutes)
{
    AppSettings::setIdleLockMinutes(minutes);
    emit idleLockMinutesChanged(minutes);
}

void SecuritySettingsSection::applyRetentionYears(int years)
{
    AppSettings::setRetentionYears(years);
    m_ui->anonymiseConfirmWidget->hide(); // its count was for the old period
}

void SecuritySettingsSection::askAnonymise()
{
    const int years = m_ui->retentionYearsSpinBox->value();
    const AnonymiseSummary preview = RetentionService(m_store).preview(years);
    const QString before = QLocale().toString(preview.closedBefore, QLocale::ShortFormat);
    if (preview.cases == 0 && preview.visitors == 0) {
        m_ui->anonymiseConfirmWidget->hide();
        showMessage(tr("No case closed before %1 still holds a citizen's name or phone.").arg(before));
        return;
    }
    m_ui->anonymiseConfirmLabel->setText(
        tr("%n case(s) closed before %1 still hold the citizen's name and phone", nullptr, preview.cases).arg(before)
        + tr(", and %n visitor record(s).", nullptr, preview.visitors)
        + QLatin1Char(' ')
        + tr("Remove them for good? The cases and the figures stay; this cannot be undone."));
    m_ui->anonymiseConfirmWidget->show();
    m_ui->securityMessageLabel->hide();
    m_ui->cancelAnonymiseButton->setFocus();
}

void SecuritySettingsSection::confirmAnonymise()
{
    m_ui->anonymiseConfirmWidget->hide();
    m_ui->anonymiseProgressBar->setValue(0);
    m_ui->anonymiseProgressBar->show();
    m_ui->anonymiseButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // One transaction on this thread: the bar is repainted directly, without running the event loop,
    // so nothing else writes to the store while it is open.
    const Result<AnonymiseSummary> done =
        RetentionService(m_store).anonymise(m_ui->retentionYearsSpinBox->value(), [this](int n, int total) {
            if (n == 1 || n == total || n % 25 == 0) {
                m_ui->anonymiseProgressBar->setMaximum(total);
                m_ui->anonymiseProgressBar->setValue(n);
                m_ui->anonymiseProgressBar->repaint();
            }
        });
    QGuiApplication::restoreOverrideCursor();
    m_ui->anonymiseButton->setEnabled(true);
    m_ui->anonymiseProgressBar->hide();
    if (!done) {
        showMessage(done.error().message, true);
        return;
    }
    showMessage(tr("Anonymised %n case(s)", nullptr, done->cases) + tr(" and %n visitor record(s).", nullptr, done->visitors));
}

void SecuritySettingsSection::cancelAnonymise()
{
    m_ui->anonymiseConfirmWidget->hide();
}

void SecuritySettingsSection::changeOwnPassword()
{
    const QString userId = m_store.currentUserId();
    const std::optional<User> user = UserRepository(m_store).find(userId);
    auto *dialog = new PasswordDialog(
        PasswordDialog::Mode::ChangeOwn, user ? user->displayName : QString(),
        [this, userId](const QString &current, const QString &password) {
            return UserAdmin(m_store).changePassword(userId, current, password);
        },
        this);
    dialog->setObjectName(QStringLiteral("changeOwnPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showMessage(tr("Your password is changed.")); });
    dialog->open();
}

void SecuritySettingsSection::showMessage(const QString &message, bool error)
{
    m_ui->securityMessageLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_ui->securityMessageLabel->setText(message);
    m_ui->securityMessageLabel->setVisible(!message.isEmpty());
}

} // namespace zt
