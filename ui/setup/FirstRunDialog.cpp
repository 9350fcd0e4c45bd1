#include "setup/FirstRunDialog.h"
#include "ui_FirstRunDialog.h"

#include "refdata/DivisionCatalog.h"
#include "setup/StationJoin.h"
#include "domain/Station.h"
#include "setup/StationSetup.h"
#include "storage/Store.h"
#include "sync/SyncClient.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabBar>

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
    connect(m_ui->setUpStationButton, &QPushButton::clicked, this, &FirstRunDialog::setUpStation);
    connect(m_ui->setupTabWidget, &QTabWidget::currentChanged, this, [this] {
        showError(QString());
        showTabButtons();
    });
    connect(m_ui->cityComboBox, &QComboBox::currentIndexChanged, this, &FirstRunDialog::fillCounties);
    connect(m_ui->countyComboBox, &QComboBox::currentIndexChanged, this, &FirstRunDialog::fillTownships);
    connect(m_ui->townshipComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_choosingByCode)
            m_ui->stationCodeLineEdit->setText(chosenTownship());
        showStationPreview();
    });
    connect(m_ui->stationCodeLineEdit, &QLineEdit::textEdited, this, &FirstRunDialog::chooseTypedCode);
    loadDivisions();
    retranslate();
    showTabButtons();
    setMinimumWidth(580);
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
    const QString choose = tr("Choose…");
    for (QComboBox *box : {m_ui->cityComboBox, m_ui->countyComboBox, m_ui->townshipComboBox})
        box->setPlaceholderText(choose);
    showStationPreview();
    // Texts set while the data arrives are no part of the form: say them again in the new language.
    if (m_running)
        showStatus();
    if (m_errorMessage)
        m_ui->errorLabel->setText(m_errorMessage());
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
    showError(QString());
    StationJoin::Request request;
    request.serverUrl = QUrl::fromUserInput(m_ui->serverLineEdit->text().trimmed());
    request.caFile = m_ui->caFileLineEdit->text().trimmed();
    request.username = m_ui->usernameLineEdit->text().trimmed();
    request.password = m_ui->passwordLineEdit->text();
    const QString letter = m_ui->letterLineEdit->text().trimmed();
    if (m_ui->serverLineEdit->text().trimmed().isEmpty() || request.caFile.isEmpty() || request.username.isEmpty()
        || request.password.isEmpty()) {
        showError([this] { return tr("Fill in the server address, the CA certificate file, the account and its password."); });
        return;
    }
    // Empty: the server gives this PC a letter no other PC of the station uses.
    if (!letter.isEmpty() && (letter.size() != 1 || letter.at(0).toUpper() < QLatin1Char('A') || letter.at(0).toUpper() > QLatin1Char('Z'))) {
        showError([this] { return tr("Give this PC one letter from A to Z for its case numbers, or leave it empty for the server to choose."); });
        m_ui->letterLineEdit->setFocus();
        return;
    }
    if (!letter.isEmpty())
        request.deviceLetter = letter.at(0).toUpper();
    request.chooseHomeStation = [this](const QList<Station> &stations) { return chooseHomeStation(stations); };
    request.accountKnown = [this](bool district) { m_district = district; };
    setRunning(true);
    m_phase = -1;
    m_district = false;
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

void FirstRunDialog::showTabButtons()
{
    const bool join = m_ui->setupTabWidget->currentWidget() == m_ui->joinTab;
    m_ui->joinButton->setVisible(join);
    m_ui->joinButton->setDefault(join);
    m_ui->setUpStationButton->setVisible(!join);
    m_ui->setUpStationButton->setDefault(!join);
}

void FirstRunDialog::loadDivisions()
{
    if (Status loaded = StationSetup::loadDivisions(m_store); !loaded) {
        showError(loaded.error().message);
        return;
    }
    const DivisionCatalog catalog(m_store.db());
    const QList<Division> provinces = catalog.children({});
    if (provinces.isEmpty())
        return;
    listChildren(m_ui->cityComboBox, provinces.constFirst().code);
}

void FirstRunDialog::listChildren(QComboBox *box, const QString &parentCode)
{
    const QSignalBlocker blocker(box);
    box->clear();
    for (const Division &child : DivisionCatalog(m_store.db()).children(parentCode))
        box->addItem(child.name, child.code);
    box->setCurrentIndex(-1); // nothing chosen until the user chooses
}

void FirstRunDialog::fillCounties()
{
    listChildren(m_ui->countyComboBox, m_ui->cityComboBox->currentData().toString());
    fillTownships();
}

void FirstRunDialog::fillTownships()
{
    listChildren(m_ui->townshipComboBox, m_ui->countyComboBox->currentData().toString());
    if (!m_choosingByCode)
        m_ui->stationCodeLineEdit->setText(chosenTownship());
    showStationPreview();
}

void FirstRunDialog::chooseTypedCode(const QString &typed)
{
    const QString code = typed.trimmed();
    if (DivisionCatalog::levelOf(code) != Division::Township)
        return;
    const QString county = DivisionCatalog::parentOf(code);
    const QString city = DivisionCatalog::parentOf(county);
    m_choosingByCode = true;
    for (const auto &[box, wanted] : {std::pair{m_ui->cityComboBox, city}, std::pair{m_ui->countyComboBox, county},
                                      std::pair{m_ui->townshipComboBox, code}})
        box->setCurrentIndex(box->findData(wanted)); // -1 when the list has no such division
    m_choosingByCode = false;
    showStationPreview();
}

QString FirstRunDialog::chosenTownship() const
{
    return m_ui->townshipComboBox->currentData().toString();
}

void FirstRunDialog::showStationPreview()
{
    const QString code = chosenTownship();
    if (code.isEmpty()) {
        m_ui->stationPreviewLabel->setText(tr("Choose the city, the county or district, and the township or street of "
                                              "the station, or type its code."));
        return;
    }
    const DivisionCatalog catalog(m_store.db());
    m_ui->stationPreviewLabel->setText(tr("This PC becomes the first PC of %1 (%2, %3).")
                                           .arg(StationSetup::stationName(m_ui->townshipComboBox->currentText()),
                                                catalog.fullName(code), code));
}

void FirstRunDialog::setUpStation()
{
    showError(QString());
    const QString code = chosenTownship();
    if (code.isEmpty()) {
        const QString typed = m_ui->stationCodeLineEdit->text().trimmed();
        showError([this, typed] {
            return typed.isEmpty() ? tr("Choose the township or street of the station, or type its 9-digit code.")
                                   : tr("There is no township or street with the code %1 in Zhejiang's list of divisions.").arg(typed);
        });
        (typed.isEmpty() ? static_cast<QWidget *>(m_ui->townshipComboBox) : m_ui->stationCodeLineEdit)->setFocus();
        return;
    }
    const QString letter = m_ui->newLetterLineEdit->text().trimmed().toUpper();
    if (letter.size() != 1 || letter.at(0) < QLatin1Char('A') || letter.at(0) > QLatin1Char('Z')) {
        showError([this] { return tr("Give this PC one letter from A to Z for its case numbers."); });
        m_ui->newLetterLineEdit->setFocus();
        return;
    }
    const Result<Station> set = StationSetup::setUpTownship(m_store, code, letter.at(0), QStringLiteral("first-run form"));
    if (!set) {
        showError(set.error().message);
        return;
    }
    accept();
}

QString FirstRunDialog::chooseHomeStation(const QList<Station> &stations)
{
    if (stations.size() == 1) // nothing to choose
        return stations.constFirst().id;
    QStringList names;
    for (const Station &s : stations)
        names << tr("%1 (%2)").arg(s.name, s.code);
    bool chosen = false;
    const QString name = QInputDialog::getItem(
        this, tr("Open on which station"),
        tr("The district's %n station(s) are on this PC. Which one does it open on? The dashboard and the case "
           "lists show the others too.",
           nullptr, int(stations.size())),
        names, 0, false, &chosen);
    const qsizetype i = names.indexOf(name);
    return chosen && i >= 0 ? stations.at(i).id : QString();
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
        text = (m_district ? tr("Receiving the data of the district's stations: %1 of %2 records. The forms open when "
                                "it is all here.")
                           : tr("Receiving the station's data: %1 of %2 records. The forms open when it is all here."))
                   .arg(locale.toString(m_done), locale.toString(m_total));
    else if (m_phase == int(SyncProgress::Phase::Push))
        text = tr("Sending this PC's changes…");
    else if (m_district)
        text = tr("Receiving the data of the district's stations… The forms open when it is all here.");
    else
        text = tr("Receiving the station's data… The forms open when it is all here.");
    m_ui->statusLabel->setText(text);
}

void FirstRunDialog::showStopped()
{
    showError([this] { return tr("Stopped. The data received so far stays on this PC; join again to receive the rest."); });
}

void FirstRunDialog::setRunning(bool running)
{
    m_running = running;
    m_stopRequested = false;
    m_ui->joinGroupBox->setEnabled(!running);
    m_ui->setupTabWidget->tabBar()->setEnabled(!running);
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

void FirstRunDialog::showError(const std::function<QString()> &message)
{
    m_errorMessage = message;
    const QString text = message ? message() : QString();
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void FirstRunDialog::showError(const QString &message)
{
    showError(message.isEmpty() ? std::function<QString()>() : std::function<QString()>([message] { return message; }));
}

} // namespace zt
