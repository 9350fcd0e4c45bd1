#pragma once
// The sync part of the settings page: the server address, the organisation's CA certificate, enrolling
// this PC with a station account, "Sync now" and the last result. Messages inline, never a pop-up.

#include "sync/SyncStatus.h"

#include <QGroupBox>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zt {

class SyncController;

class SyncSettingsSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit SyncSettingsSection(SyncController &controller, QWidget *parent = nullptr);

    // Test seam: what the file dialog would answer (a path, or empty for cancel).
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStatus(const SyncStatus &status);
    void chooseCaFile();
    void enrol();
    void enrolFinished(bool ok, const QString &message);

    SyncController &m_controller;
    QFormLayout *m_form;
    QLineEdit *m_serverEdit;
    QLineEdit *m_caFileEdit;
    QPushButton *m_browseButton;
    QWidget *m_caRow;
    QLineEdit *m_keyPinEdit;
    QLineEdit *m_usernameEdit;
    QLineEdit *m_passwordEdit;
    QPushButton *m_enrolButton;
    QPushButton *m_syncNowButton;
    QLabel *m_stateValue;
    QLabel *m_resultValue;
    QLabel *m_message;
    std::function<QString()> m_chooseFile;
    bool m_userEdited = false;
};

} // namespace zt
