#include "setup/FirstRunDialog.h"
#include "ui_FirstRunDialog.h"

#include "setup/StationJoin.h"
#include "storage/Store.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

namespace zt {

FirstRunDialog::FirstRunDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();
    m_ui->stopButton->hide();
    m_ui->serverLineEdit->setFocus();
    connect(m_ui->browseCaButton, &QPushButton::clicked, this, &FirstRunDialog::chooseCaFile);
    connect(m_ui->joinButton, &QPushButton::clicked, this, &FirstRunDialog::join);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] { m_stopRequested = true; });
    connect(m_ui->quitButton, &QPushButton::clicked, this, &FirstRunDialog::reject);
    retranslate();
    setMinimumWidth(560);
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslate()
{
    m_ui->firstPcLabel->setText(tr("Is this your station's first PC? Then it is set up without a server, once, by the "
                                   "administrator: ztctl init --db %1 --station CODE")
                                    .arg(m_store.path()));
    // Texts set while the data arrives are no part of the form: say them again in the new language.
    if (m_running)
        showStatus();
    if (m_stopped)
        showStopped();
}

void FirstRunDialog::reject()
{
    // Closing the window while the data arrives stops it first (it goes on from there next time).
    if (m_running) {
        m_stopRequested = true;
        return;
    }
    QDialog::reject();
}

void FirstRunDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the CA certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileLineEdit->setText(file);
}

void FirstRunDialog::join()
{
    showError({});
    StationJoin::Request request;
    request.serverUrl = QUrl::fromUserInput(m_ui->serverLineEdit->text().trimmed());
    request.caFile = m_ui->caFileLineEdit->text().trimmed();
    request.username = m_ui->usernameLineEdit->text().trimmed();
    request.password = m_ui->passwordLineEdit->text();
    const QString letter = m_ui->letterLineEdit->text().trimmed();
    if (m_ui->serverLineEdit->text().trimmed().isEmpty() || request.caFile.isEmpty() || request.username.isEmpty()
        || request.password.isEmpty()) {
        showError(tr("Fill in the server address, the CA certificate file, the station's account and its password."));
        return;
    }
    // Empty: the server gives this PC a letter no other PC of the station uses.
    if (!letter.isEmpty() && (letter.size() != 1 || letter.at(0).toUpper() < QLatin1Char('A') || letter.at(0).toUpper() > QLatin1Char('Z'))) {
        showError(tr("Give this PC one letter from A to Z for its case numbers, or leave it empty for the server to choose."));
        m_ui->letterLineEdit->setFocus();
        return;
    }
    if (!letter.isEmpty())
        request.deviceLetter = letter.at(0).toUpper();
    setRunning(true);
    m_phase = -1;
    showStatus();
    const Result<Station> joined =
        StationJoin::join(m_store, request, [this](const SyncProgress &step) { return showProgress(step); });
    setRunning(false);
    if (!joined) {
        if (joined.error().code == QLatin1String("sync.cancelled"))
            showStopped();
        else
            showError(joined.error().message);
        m_ui->statusLabel->hide();
        m_ui->progressBar->hide();
        return;
    }
    accept();
}

bool FirstRunDialog::showProgress(const SyncProgress &step)
{
    m_ui->statusLabel->show();
    m_ui->progressBar->show();
    m_phase = int(step.phase);
    m_done = step.done;
    m_total = step.total;
    showStatus();
    if (step.phase == SyncProgress::Phase::Bootstrap && step.total > 0) {
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(std::min<qint64>(1000, step.done * 1000 / step.total)));
    } else {
        m_ui->progressBar->setRange(0, 0); // busy: the size is not known
    }
    QCoreApplication::processEvents();
    return !m_stopRequested;
}

void FirstRunDialog::showStatus()
{
    const QLocale locale;
    QString text;
    if (m_phase < 0)
        text = tr("Signing in to the server…");
    else if (m_phase == int(SyncProgress::Phase::Bootstrap) && m_total > 0)
        text = tr("Receiving the station's data: %1 of %2 records. The forms open when it is all here.")
                   .arg(locale.toString(m_done), locale.toString(m_total));
    else if (m_phase == int(SyncProgress::Phase::Push))
        text = tr("Sending this PC's changes…");
    else
        text = tr("Receiving the station's data… The forms open when it is all here.");
    m_ui->statusLabel->setText(text);
}

void FirstRunDialog::showStopped()
{
    showError(tr("Stopped. The data received so far stays on this PC; join again to receive the rest."));
    m_stopped = true;
}

void FirstRunDialog::setRunning(bool running)
{
    m_running = running;
    m_stopRequested = false;
    m_ui->joinGroupBox->setEnabled(!running);
    m_ui->joinButton->setEnabled(!running);
    m_ui->quitButton->setEnabled(!running);
    m_ui->stopButton->setVisible(running);
    if (running) {
        m_ui->progressBar->setRange(0, 0);
        m_ui->progressBar->show();
        m_ui->statusLabel->show();
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

void FirstRunDialog::showError(const QString &message)
{
    m_stopped = false;
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace zt
