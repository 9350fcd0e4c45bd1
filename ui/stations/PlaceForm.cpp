#include "PlaceForm.h"

#include "ui_PlaceForm.h"

#include "domain/DomainText.h"
#include "stations/StationService.h"
#include "storage/Store.h"

#include <QEvent>

namespace zt {

PlaceForm::PlaceForm(Store &store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaceForm>()), m_store(store)
{
    m_ui->setupUi(this);
    m_ui->placeErrorLabel->hide();
    connect(m_ui->savePlaceButton, &QPushButton::clicked, this, &PlaceForm::save);
    connect(m_ui->divisionComboBox, &QComboBox::currentIndexChanged, this, &PlaceForm::updateFullAddress);
    connect(m_ui->addressLineEdit, &QLineEdit::textChanged, this, &PlaceForm::updateFullAddress);
    showStation();
}

PlaceForm::~PlaceForm() = default;

void PlaceForm::showStation()
{
    const StationService service(m_store);
    m_isStation = true;
    m_station = service.station();
    m_ui->placeErrorLabel->hide();
    m_ui->placeNameLineEdit->setText(m_station.name);
    m_ui->divisionComboBox->clear();
    m_ui->divisionComboBox->addItem(service.fullAddress(m_station.divisionCode, {}), m_station.divisionCode);
    m_ui->divisionComboBox->setEnabled(false); // the station is named after its township: fixed at set-up
    m_ui->addressLineEdit->setText(m_station.address);
    m_ui->openingHoursLineEdit->setText(m_station.openingHours);
    m_ui->contactPersonLineEdit->setText(m_station.contactPerson);
    m_ui->contactPhoneLineEdit->setText(m_station.contactPhone);
    fillDeputies();
    updateFullAddress();
}

void PlaceForm::showPoint(const Point &point)
{
    const StationService service(m_store);
    m_isStation = false;
    m_point = point;
    m_ui->placeErrorLabel->hide();
    m_ui->placeNameLineEdit->setText(point.name);
    m_ui->divisionComboBox->setEnabled(true);
    m_ui->divisionComboBox->clear();
    m_ui->divisionComboBox->addItem(tr("Choose…"), QString());
    for (const Division &v : service.villages())
        m_ui->divisionComboBox->addItem(v.name, v.code);
    m_ui->divisionComboBox->setCurrentIndex(std::max(0, m_ui->divisionComboBox->findData(point.divisionCode)));
    m_ui->addressLineEdit->setText(point.address);
    m_ui->openingHoursLineEdit->setText(point.openingHours);
    m_ui->contactPersonLineEdit->setText(point.contactPerson);
    m_ui->contactPhoneLineEdit->setText(point.contactPhone);
    fillDeputies();
    updateFullAddress();
}

void PlaceForm::fillDeputies()
{
    const StationService service(m_store);
    const QString here = m_isStation ? QString() : m_point.id;
    QHash<QString, QString> pointNames;
    for (const Point &p : service.points())
        pointNames.insert(p.id, p.name);
    m_ui->placeDeputiesListWidget->clear();
    // Everyone of the station, ticked when assigned here; the tooltip says where the others are.
    const bool newPoint = !m_isStation && m_point.id.isEmpty();
    for (const Deputy &d : newPoint ? QList<Deputy>() : service.deputiesAt(here)) {
        auto *item = new QListWidgetItem(d.name, m_ui->placeDeputiesListWidget);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(DomainText::deputyLevel(d.level));
    }
    if (m_isStation)
        return;
    for (const Deputy &d : service.deputiesAt(QString())) {
        auto *item = new QListWidgetItem(d.name, m_ui->placeDeputiesListWidget);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(tr("%1, now at the station").arg(DomainText::deputyLevel(d.level)));
    }
}

void PlaceForm::updateFullAddress()
{
    const QString code = m_ui->divisionComboBox->currentData().toString();
    m_ui->fullAddressLabel->setText(code.isEmpty() ? QString()
                                                   : StationService(m_store).fullAddress(code, m_ui->addressLineEdit->text()));
}

void PlaceForm::showError(const QString &message)
{
    m_ui->placeErrorLabel->setText(message);
    m_ui->placeErrorLabel->setVisible(!message.isEmpty());
}

bool PlaceForm::save()
{
    StationService service(m_store);
    QString placeId;
    if (m_isStation) {
        Station s = m_station;
        s.name = m_ui->placeNameLineEdit->text();
        s.address = m_ui->addressLineEdit->text().trimmed();
        s.openingHours = m_ui->openingHoursLineEdit->text().trimmed();
        s.contactPerson = m_ui->contactPersonLineEdit->text().trimmed();
        s.contactPhone = m_ui->contactPhoneLineEdit->text().trimmed();
        if (Status st = service.saveStation(s); !st) {
            showError(st.error().message);
            return false;
        }
        m_station = s;
    } else {
        Point p = m_point;
        p.name = m_ui->placeNameLineEdit->text();
        p.divisionCode = m_ui->divisionComboBox->currentData().toString();
        p.address = m_ui->addressLineEdit->text().trimmed();
        p.openingHours = m_ui->openingHoursLineEdit->text().trimmed();
        p.contactPerson = m_ui->contactPersonLineEdit->text().trimmed();
        p.contactPhone = m_ui->contactPhoneLineEdit->text().trimmed();
        auto saved = service.savePoint(p);
        if (!saved) {
            showError(saved.error().message);
            return false;
        }
        m_point = saved.value();
        placeId = m_point.id;
    }
    // Only a point changes who belongs to it; at the station unticking would leave a deputy nowhere.
    if (!m_isStation) {
        QStringList ids;
        for (int i = 0; i < m_ui->placeDeputiesListWidget->count(); ++i)
            if (m_ui->placeDeputiesListWidget->item(i)->checkState() == Qt::Checked)
                ids << m_ui->placeDeputiesListWidget->item(i)->data(Qt::UserRole).toString();
        if (Status st = service.assignDeputies(placeId, ids); !st) {
            showError(st.error().message);
            return false;
        }
    }
    showError({});
    fillDeputies();
    emit saved(placeId);
    return true;
}

void PlaceForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace zt
