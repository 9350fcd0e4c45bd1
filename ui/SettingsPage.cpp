#include "SettingsPage.h"

#include "AppSettings.h"
#include "i18n/TranslationLoader.h"
#include "security/SecuritySettingsSection.h"
#include "storage/BackupSchedule.h"
#include "storage/BackupService.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QGuiApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace zt {

SettingsPage::SettingsPage(Store &store, TranslationLoader &translations, QWidget *parent)
    : QWidget(parent), m_store(store), m_translations(translations)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_appearanceBox = new QGroupBox(this);
    m_appearanceForm = new QFormLayout(m_appearanceBox);
    m_appearanceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_languageCombo = new QComboBox(m_appearanceBox);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    // Each language is named in itself, so it can be found whatever the current language is.
    m_languageCombo->addItem(QStringLiteral("简体中文"), TranslationLoader::Chinese);
    m_languageCombo->addItem(QStringLiteral("English"), TranslationLoader::English);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_translations.language())));
    m_fontSizeSpin = new QDoubleSpinBox(m_appearanceBox);
    m_fontSizeSpin->setObjectName(QStringLiteral("fontSizeSpinBox"));
    m_fontSizeSpin->setRange(9.0, 20.0);
    m_fontSizeSpin->setSingleStep(0.5);
    m_fontSizeSpin->setDecimals(1);
    m_fontSizeSpin->setValue(AppSettings::fontPointSize());
    m_appearanceForm->addRow(new QLabel(m_appearanceBox), m_languageCombo);
    m_appearanceForm->addRow(new QLabel(m_appearanceBox), m_fontSizeSpin);

    m_storeBox = new QGroupBox(this);
    m_storeForm = new QFormLayout(m_storeBox);
    m_storePathValue = new QLabel(m_store.path(), m_storeBox);
    m_storePathValue->setObjectName(QStringLiteral("storePathValueLabel"));
    m_storePathValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stationValue = new QLabel(m_storeBox);
    m_stationValue->setObjectName(QStringLiteral("stationValueLabel"));
    m_deviceValue = new QLabel(m_storeBox);
    m_deviceValue->setObjectName(QStringLiteral("deviceValueLabel"));
    m_storeForm->addRow(new QLabel(m_storeBox), m_storePathValue);
    m_storeForm->addRow(new QLabel(m_storeBox), m_stationValue);
    m_storeForm->addRow(new QLabel(m_storeBox), m_deviceValue);

    m_backupBox = new QGroupBox(this);
    m_backupList = new QListWidget(m_backupBox);
    m_backupList->setObjectName(QStringLiteral("backupListWidget"));
    m_backupButton = new QPushButton(m_backupBox);
    m_backupButton->setObjectName(QStringLiteral("backupNowButton"));
    m_backupToFolderButton = new QPushButton(m_backupBox);
    m_backupToFolderButton->setObjectName(QStringLiteral("backupToFolderButton"));
    m_driveLabel = new QLabel(m_backupBox);
    m_driveCombo = new QComboBox(m_backupBox);
    m_driveCombo->setObjectName(QStringLiteral("driveComboBox"));
    m_driveCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_driveLabel->setBuddy(m_driveCombo);
    m_refreshDrivesButton = new QPushButton(m_backupBox);
    m_refreshDrivesButton->setObjectName(QStringLiteral("refreshDrivesButton"));
    m_backupToDriveButton = new QPushButton(m_backupBox);
    m_backupToDriveButton->setObjectName(QStringLiteral("backupToDriveButton"));
    m_backupProgress = new QProgressBar(m_backupBox);
    m_backupProgress->setObjectName(QStringLiteral("backupProgressBar"));
    m_backupProgress->hide();
    m_restoreButton = new QPushButton(m_backupBox);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    // Asked inline, where the user is, rather than in a pop-up: replacing the store deserves a sentence.
    m_restoreConfirm = new QWidget(m_backupBox);
    m_restoreConfirm->setObjectName(QStringLiteral("restoreConfirmWidget"));
    m_restoreConfirmLabel = new QLabel(m_restoreConfirm);
    m_restoreConfirmLabel->setObjectName(QStringLiteral("restoreConfirmLabel"));
    m_restoreConfirmLabel->setWordWrap(true);
    m_restoreConfirmLabel->setTextFormat(Qt::PlainText);
    m_confirmRestoreButton = new QPushButton(m_restoreConfirm);
    m_confirmRestoreButton->setObjectName(QStringLiteral("confirmRestoreButton"));
    m_cancelRestoreButton = new QPushButton(m_restoreConfirm);
    m_cancelRestoreButton->setObjectName(QStringLiteral("cancelRestoreButton"));
    auto *confirmLayout = new QHBoxLayout(m_restoreConfirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_restoreConfirmLabel, 1);
    confirmLayout->addWidget(m_cancelRestoreButton);
    confirmLayout->addWidget(m_confirmRestoreButton);
    m_restoreConfirm->hide();
    m_backupMessage = new QLabel(m_backupBox);
    m_backupMessage->setObjectName(QStringLiteral("backupMessageLabel"));
    m_backupMessage->setWordWrap(true);
    m_backupMessage->setTextFormat(Qt::PlainText);
    auto *backupButtons = new QHBoxLayout;
    backupButtons->addWidget(m_backupButton);
    backupButtons->addWidget(m_restoreButton);
    backupButtons->addStretch(1);
    // Copies that leave the PC: to a USB drive found by itself, or to any folder picked by hand.
    auto *driveRow = new QHBoxLayout;
    driveRow->addWidget(m_driveLabel);
    driveRow->addWidget(m_driveCombo);
    driveRow->addWidget(m_refreshDrivesButton);
    driveRow->addWidget(m_backupToDriveButton);
    driveRow->addWidget(m_backupToFolderButton);
    driveRow->addStretch(1);
    auto *backupLayout = new QVBoxLayout(m_backupBox);
    backupLayout->addWidget(m_backupList);
    backupLayout->addLayout(backupButtons);
    backupLayout->addLayout(driveRow);
    backupLayout->addWidget(m_backupProgress);
    backupLayout->addWidget(m_restoreConfirm);
    backupLayout->addWidget(m_backupMessage);
    m_chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Choose the folder for the backup (for example a USB drive)"));
    };

    auto *security = new SecuritySettingsSection(m_store, this);
    connect(security, &SecuritySettingsSection::idleLockMinutesChanged, this, &SettingsPage::idleLockMinutesChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_appearanceBox, 1);
    topRow->addWidget(security, 1);
    layout->addLayout(topRow);
    // Two columns, so the page still fits 1366x768 with the sections other features add.
    m_sectionRow = new QHBoxLayout;
    m_sectionRow->addWidget(m_storeBox, 1);
    layout->addLayout(m_sectionRow);
    layout->addWidget(m_backupBox, 1);

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &SettingsPage::applyLanguage);
    connect(m_fontSizeSpin, &QDoubleSpinBox::valueChanged, this, &SettingsPage::applyFontSize);
    connect(m_backupButton, &QPushButton::clicked, this, &SettingsPage::backupNow);
    connect(m_backupToFolderButton, &QPushButton::clicked, this, &SettingsPage::backupToFolder);
    connect(m_refreshDrivesButton, &QPushButton::clicked, this, &SettingsPage::refreshDrives);
    connect(m_backupToDriveButton, &QPushButton::clicked, this, &SettingsPage::backupToDrive);
    connect(m_restoreButton, &QPushButton::clicked, this, &SettingsPage::askRestore);
    connect(m_confirmRestoreButton, &QPushButton::clicked, this, &SettingsPage::confirmRestore);
    connect(m_cancelRestoreButton, &QPushButton::clicked, this, &SettingsPage::cancelRestore);
    retranslate();
    refreshBackups();
}

void SettingsPage::setDriveFinder(std::function<QList<RemovableDrive>()> finder)
{
    m_findDrives = std::move(finder);
    refreshDrives();
}

void SettingsPage::showEvent(QShowEvent *event)
{
    // A stick plugged in while the program ran shows when the page is opened again.
    refreshDrives();
    QWidget::showEvent(event);
}

void SettingsPage::refreshDrives()
{
    const QString current = m_driveCombo->currentData().toString();
    m_driveCombo->clear();
    const QList<RemovableDrive> drives = m_findDrives ? m_findDrives() : QList<RemovableDrive>{};
    for (const RemovableDrive &d : drives)
        m_driveCombo->addItem(tr("%1 (%2 free)").arg(d.label, QLocale().formattedDataSize(d.bytesFree)), d.rootPath);
    if (drives.isEmpty())
        m_driveCombo->addItem(tr("No USB drive found"));
    m_driveCombo->setEnabled(!drives.isEmpty());
    m_backupToDriveButton->setEnabled(!drives.isEmpty());
    m_driveCombo->setCurrentIndex(qMax(0, m_driveCombo->findData(current)));
}

void SettingsPage::backupToDrive()
{
    const QString root = m_driveCombo->currentData().toString();
    if (!root.isEmpty())
        backupTo(root);
}

void SettingsPage::addSection(QWidget *section)
{
    section->setParent(this);
    m_sectionRow->addWidget(section, 1);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_titleLabel->setText(tr("Settings"));
    m_appearanceBox->setTitle(tr("Display"));
    m_storeBox->setTitle(tr("This installation"));
    m_backupBox->setTitle(tr("Backups"));
    m_appearanceForm->labelForField(m_languageCombo)->setProperty("text", tr("Language:"));
    m_appearanceForm->labelForField(m_fontSizeSpin)->setProperty("text", tr("Font size (points):"));
    m_storeForm->labelForField(m_storePathValue)->setProperty("text", tr("Data file:"));
    m_storeForm->labelForField(m_stationValue)->setProperty("text", tr("Station:"));
    m_storeForm->labelForField(m_deviceValue)->setProperty("text", tr("This PC:"));
    const auto station = StationRepository(m_store).find(m_store.stationId());
    m_stationValue->setText(station ? tr("%1 (code %2)").arg(station->name, station->code) : tr("Not set up"));
    m_deviceValue->setText(tr("Letter %1 in case numbers").arg(m_store.deviceLetter()));
    m_backupButton->setText(tr("Back up now"));
    m_backupToFolderButton->setText(tr("Back up to another folder…"));
    m_driveLabel->setText(tr("USB drive:"));
    m_refreshDrivesButton->setText(tr("Look again"));
    m_backupToDriveButton->setText(tr("Back up to the drive"));
    refreshDrives();
    m_restoreButton->setText(tr("Restore the selected backup…"));
    m_confirmRestoreButton->setText(tr("Restore and restart"));
    m_cancelRestoreButton->setText(tr("Cancel"));
    refreshBackups();
}

void SettingsPage::refreshBackups()
{
    m_backupList->clear();
    const QList<BackupInfo> backups = BackupService::listBackups(m_store.path());
    for (const BackupInfo &b : backups) {
        auto *item = new QListWidgetItem(tr("%1 — %2 KB — %3")
                                             .arg(QLocale().toString(b.createdAt, QLocale::ShortFormat))
                                             .arg(b.sizeBytes / 1024)
                                             .arg(b.path),
                                         m_backupList);
        item->setData(Qt::UserRole, b.path);
    }
    if (backups.isEmpty())
        m_backupList->addItem(tr("No backups yet."));
    m_restoreButton->setEnabled(!backups.isEmpty());
}

void SettingsPage::backupNow()
{
    const QString target = QStringLiteral("%1/%2-%3-manual.sqlite")
                               .arg(BackupService::defaultBackupDir(m_store.path()),
                                    QFileInfo(m_store.path()).completeBaseName(),
                                    QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    const Status s = BackupService::backup(m_store.db(), target);
    m_backupMessage->setText(s ? tr("Backup saved to %1.").arg(target) : s.error().message);
    refreshBackups();
}

void SettingsPage::backupToFolder()
{
    const QString folder = m_chooseFolder ? m_chooseFolder() : QString();
    if (!folder.isEmpty())
        backupTo(folder);
}

void SettingsPage::backupTo(const QString &folder)
{
    m_backupProgress->setRange(0, 0);
    m_backupProgress->show();
    m_backupMessage->setText(tr("Writing the backup to %1…").arg(folder));
    m_backupMessage->repaint();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // The copy runs in steps on this thread; the bar is repainted directly between them, so no other
    // event (a click, a sync) runs while the store's pages are being read.
    const Result<QString> copy = BackupSchedule(m_store).backupToFolder(folder, [this](int done, int total) {
        m_backupProgress->setRange(0, qMax(1, total));
        m_backupProgress->setValue(done);
        m_backupProgress->repaint();
    });
    QGuiApplication::restoreOverrideCursor();
    m_backupProgress->hide();
    m_backupMessage->setText(copy ? tr("Backup saved to %1 and checked: it opens and is complete. Keep the drive "
                                       "somewhere safe: it holds citizens' personal data.")
                                        .arg(copy.value())
                                  : copy.error().message);
}

void SettingsPage::askRestore()
{
    const QListWidgetItem *item = m_backupList->currentItem();
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (path.isEmpty()) {
        m_backupMessage->setText(tr("Select the backup to restore in the list first."));
        return;
    }
    m_restoreConfirmLabel->setText(
        tr("Replace the data on this PC with the backup %1? Changes made after it was taken are set aside (the "
           "current file is kept beside the store), and everyone signs in again.")
            .arg(QFileInfo(path).fileName()));
    m_restoreConfirm->setProperty("backupPath", path);
    m_restoreConfirm->show();
    m_backupMessage->clear();
}

void SettingsPage::confirmRestore()
{
    const QString path = m_restoreConfirm->property("backupPath").toString();
    const Status s = BackupSchedule(m_store).requestRestore(path);
    m_restoreConfirm->hide();
    if (!s) {
        m_backupMessage->setText(s.error().message);
        return;
    }
    m_backupMessage->setText(tr("Restoring…"));
    // Queued, so the click finishes before the window and the store close.
    QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(RestartStoreExitCode); }, Qt::QueuedConnection);
}

void SettingsPage::cancelRestore()
{
    m_restoreConfirm->hide();
}

void SettingsPage::applyLanguage(int index)
{
    const QString language = m_languageCombo->itemData(index).toString();
    if (m_translations.setLanguage(language)) {
        AppSettings::setLanguage(language);
        // Deliver the queued LanguageChange events now, so the whole window switches at once.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
}

void SettingsPage::applyFontSize(double points)
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    QApplication::setFont(font);
    AppSettings::setFontPointSize(points);
}

} // namespace zt
