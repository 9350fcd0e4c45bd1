#include "sync/SyncSettingsSection.h"

#include "sync/KeyPin.h"
#include "sync/SyncController.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace zt {

SyncSettingsSection::SyncSettingsSection(SyncController &controller, QWidget *parent)
    : QGroupBox(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncSettingsGroupBox"));
    m_form = new QFormLayout(this);
    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("syncServerLineEdit"));
    m_serverEdit->setPlaceholderText(QStringLiteral("https://sync.example.org:8443"));
    m_caRow = new QWidget(this);
    m_caFileEdit = new QLineEdit(m_caRow);
    m_caFileEdit->setObjectName(QStringLiteral("caFileLineEdit"));
    m_browseButton = new QPushButton(m_caRow);
    m_browseButton->setObjectName(QStringLiteral("caFileBrowseButton"));
    auto *caLayout = new QHBoxLayout(m_caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFileEdit, 1);
    caLayout->addWidget(m_browseButton);
    m_keyPinEdit = new QLineEdit(this);
    m_keyPinEdit->setObjectName(QStringLiteral("keyPinLineEdit"));
    m_keyPinEdit->setPlaceholderText(QStringLiteral("sha256/…"));
    m_usernameEdit = new QLineEdit(this);
    m_usernameEdit->setObjectName(QStringLiteral("syncUsernameLineEdit"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("syncPasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_enrolButton = new QPushButton(this);
    m_enrolButton->setObjectName(QStringLiteral("enrolButton"));
    m_syncNowButton = new QPushButton(this);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enrolButton);
    buttons->addWidget(m_syncNowButton);
    buttons->addStretch(1);
    m_stateValue = new QLabel(this);
    m_stateValue->setObjectName(QStringLiteral("syncStateValueLabel"));
    m_resultValue = new QLabel(this);
    m_resultValue->setObjectName(QStringLiteral("syncResultValueLabel"));
    m_resultValue->setWordWrap(true);
    m_resultValue->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_form->addRow(new QLabel(this), m_serverEdit);
    m_form->addRow(new QLabel(this), m_caRow);
    m_form->addRow(new QLabel(this), m_keyPinEdit);
    m_form->addRow(new QLabel(this), m_usernameEdit);
    m_form->addRow(new QLabel(this), m_passwordEdit);
    m_form->addRow(buttons);
    m_form->addRow(m_message);
    m_form->addRow(new QLabel(this), m_stateValue);
    m_form->addRow(new QLabel(this), m_resultValue);

    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Choose the CA certificate of your sync server"), QString(),
                                            tr("Certificates (*.pem *.crt);;All files (*)"));
    };
    connect(m_browseButton, &QPushButton::clicked, this, &SyncSettingsSection::chooseCaFile);
    connect(m_enrolButton, &QPushButton::clicked, this, &SyncSettingsSection::enrol);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &SyncSettingsSection::enrol);
    connect(m_syncNowButton, &QPushButton::clicked, &m_controller, &SyncController::syncNow);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncSettingsSection::showStatus);
    connect(&m_controller, &SyncController::enrolFinished, this, &SyncSettingsSection::enrolFinished);
    for (QLineEdit *edit : {m_serverEdit, m_caFileEdit, m_keyPinEdit, m_usernameEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_userEdited = true; });
    retranslate();
}

void SyncSettingsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void SyncSettingsSection::retranslate()
{
    setTitle(tr("Sync with the central server"));
    m_form->labelForField(m_serverEdit)->setProperty("text", tr("Server address:"));
    m_form->labelForField(m_caRow)->setProperty("text", tr("CA certificate file:"));
    m_form->labelForField(m_keyPinEdit)->setProperty("text", tr("Server key pin (optional):"));
    m_keyPinEdit->setToolTip(tr("Ask your administrator. With a pin, this PC syncs only with the server whose key "
                                "has this fingerprint, even if another certificate looks valid."));
    m_form->labelForField(m_usernameEdit)->setProperty("text", tr("Station account:"));
    m_form->labelForField(m_passwordEdit)->setProperty("text", tr("Password:"));
    m_form->labelForField(m_stateValue)->setProperty("text", tr("State:"));
    m_form->labelForField(m_resultValue)->setProperty("text", tr("Last result:"));
    m_browseButton->setText(tr("Choose…"));
    m_enrolButton->setText(tr("Enrol this PC"));
    m_syncNowButton->setText(tr("Sync now"));
    m_passwordEdit->setPlaceholderText(tr("Used once to enrol; not saved"));
    showStatus(m_controller.status());
}

void SyncSettingsSection::showStatus(const SyncStatus &status)
{
    // Saved values fill the form until the user starts typing their own.
    if (!m_userEdited) {
        m_serverEdit->setText(status.serverUrl);
        m_caFileEdit->setText(status.caFile);
        m_keyPinEdit->setText(status.keyPin);
        m_usernameEdit->setText(status.username);
    }
    m_stateValue->setText(SyncController::describe(status) + QStringLiteral(" · ")
                          + tr("%n change(s) waiting", nullptr, status.waiting));
    m_resultValue->setText(status.state == SyncStatus::State::Synced || status.state == SyncStatus::State::Error
                                   || status.state == SyncStatus::State::Offline
                               ? status.message
                               : QString());
    const bool enrolled = status.state != SyncStatus::State::NotConfigured
                          && status.state != SyncStatus::State::NotEnrolled;
    m_syncNowButton->setEnabled(enrolled && status.state != SyncStatus::State::Syncing);
}

void SyncSettingsSection::chooseCaFile()
{
    const QString file = m_chooseFile();
    if (!file.isEmpty()) {
        m_caFileEdit->setText(file);
        m_userEdited = true;
    }
}

void SyncSettingsSection::enrol()
{
    if (m_serverEdit->text().trimmed().isEmpty() || m_caFileEdit->text().trimmed().isEmpty()
        || m_usernameEdit->text().trimmed().isEmpty() || m_passwordEdit->text().isEmpty()) {
        m_message->setText(tr("Fill in the server address, the CA certificate file, the account and its password."));
        return;
    }
    if (auto pin = sync::KeyPin::parse(m_keyPinEdit->text()); !pin) {
        m_message->setText(pin.error().message);
        m_keyPinEdit->setFocus();
        return;
    }
    m_enrolButton->setEnabled(false);
    m_message->setText(tr("Enrolling…"));
    m_controller.enrol(m_serverEdit->text(), m_caFileEdit->text().trimmed(), m_usernameEdit->text(),
                       m_passwordEdit->text(), m_keyPinEdit->text().trimmed());
    m_passwordEdit->clear(); // never kept, not even in the widget
}

void SyncSettingsSection::enrolFinished(bool ok, const QString &message)
{
    m_enrolButton->setEnabled(true);
    m_message->setText(message);
    if (ok)
        m_userEdited = false;
}

} // namespace zt
