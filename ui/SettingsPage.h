#pragma once
// 设置: language (switches at once), font size, this installation's store and station, and backups.

#include "storage/RemovableDrives.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace zt {

class Store;
class TranslationLoader;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Store &store, TranslationLoader &translations, QWidget *parent = nullptr);

    // The exit code with which the event loop ends when a restore was requested: main() closes the
    // store, restores the backup and opens it again (signing in anew).
    static constexpr int RestartStoreExitCode = 75;
    // Test seam: what the folder dialog would answer (a USB drive's folder, or empty for cancel).
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }
    // Test seam: which removable drives are plugged in (a temporary folder standing in for a USB stick).
    void setDriveFinder(std::function<QList<RemovableDrive>()> finder);
    // A section another feature brings (sync), shown beside "This installation"; the page owns it.
    void addSection(QWidget *section);

signals:
    void idleLockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refreshBackups();
    void backupNow();
    void backupToFolder();
    void refreshDrives();
    void backupToDrive();
    void backupTo(const QString &folder);
    void askRestore();
    void confirmRestore();
    void cancelRestore();
    void applyLanguage(int index);
    void applyFontSize(double points);

    Store &m_store;
    TranslationLoader &m_translations;
    QLabel *m_titleLabel;
    QGroupBox *m_appearanceBox;
    QGroupBox *m_storeBox;
    QGroupBox *m_backupBox;
    QFormLayout *m_appearanceForm;
    QFormLayout *m_storeForm;
    QHBoxLayout *m_sectionRow;
    QComboBox *m_languageCombo;
    QDoubleSpinBox *m_fontSizeSpin;
    QLabel *m_storePathValue;
    QLabel *m_stationValue;
    QLabel *m_deviceValue;
    QListWidget *m_backupList;
    QPushButton *m_backupButton;
    QPushButton *m_backupToFolderButton;
    QLabel *m_driveLabel;
    QComboBox *m_driveCombo;
    QPushButton *m_refreshDrivesButton;
    QPushButton *m_backupToDriveButton;
    QProgressBar *m_backupProgress;
    QPushButton *m_restoreButton;
    QWidget *m_restoreConfirm;
    QLabel *m_restoreConfirmLabel;
    QPushButton *m_confirmRestoreButton;
    QPushButton *m_cancelRestoreButton;
    QLabel *m_backupMessage;
    std::function<QString()> m_chooseFolder;
    std::function<QList<RemovableDrive>()> m_findDrives = &RemovableDrives::find;
};

} // namespace zt
