#include "DeputyDetailForm.h"

#include "ui_DeputyDetailForm.h"

#include "deputies/DeputyService.h"
#include "deputies/RosterImporter.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "storage/PointRepository.h"
#include "storage/Store.h"

#include <QEvent>
#include <QFileDialog>
#include <QPixmap>

namespace zt {

DeputyDetailForm::DeputyDetailForm(Store &store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeputyDetailForm>()), m_store(store)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    // Fields stay together at the top; the room below is empty, not spread between them.
    m_ui->formLayout->setRowStretch(m_ui->formLayout->rowCount(), 1);
    fillChoices();
    // A blank date means "not recorded": the minimum date shows as empty text.
    for (QDateEdit *edit : {m_ui->termStartDateEdit, m_ui->termEndDateEdit}) {
        edit->setMinimumDate(QDate(1950, 1, 1));
        edit->setSpecialValueText(QStringLiteral(" "));
    }
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DeputyDetailForm::save);
    connect(m_ui->choosePhotoButton, &QPushButton::clicked, this, &DeputyDetailForm::choosePhoto);
    showDeputy({});
}

DeputyDetailForm::~DeputyDetailForm() = default;

void DeputyDetailForm::fillChoices()
{
    const QString level = m_ui->levelComboBox->currentData().toString();
    const QString gender = m_ui->genderComboBox->currentData().toString();
    const QString place = m_ui->placeComboBox->currentData().toString();
    m_ui->levelComboBox->clear();
    for (const QString &code : DeputyLevel::all())
        m_ui->levelComboBox->addItem(DomainText::deputyLevel(code), code);
    m_ui->genderComboBox->clear();
    m_ui->genderComboBox->addItem(tr("Not recorded"), QString());
    m_ui->genderComboBox->addItem(DomainText::gender(QStringLiteral("male")), QStringLiteral("male"));
    m_ui->genderComboBox->addItem(DomainText::gender(QStringLiteral("female")), QStringLiteral("female"));
    m_ui->placeComboBox->clear();
    m_ui->placeComboBox->addItem(tr("The station itself"), QString());
    for (const Point &p : PointRepository(m_store).listForStation(m_store.stationId()))
        m_ui->placeComboBox->addItem(p.name, p.id);
    m_ui->levelComboBox->setCurrentIndex(std::max(0, m_ui->levelComboBox->findData(level)));
    m_ui->genderComboBox->setCurrentIndex(std::max(0, m_ui->genderComboBox->findData(gender)));
    m_ui->placeComboBox->setCurrentIndex(std::max(0, m_ui->placeComboBox->findData(place)));
}

void DeputyDetailForm::showDeputy(const Deputy &deputy)
{
    m_deputy = deputy;
    fillChoices();
    m_ui->errorLabel->hide();
    m_ui->nameLineEdit->setText(deputy.name);
    m_ui->levelComboBox->setCurrentIndex(
        std::max(0, m_ui->levelComboBox->findData(deputy.level.isEmpty() ? DeputyLevel::County : deputy.level)));
    m_ui->genderComboBox->setCurrentIndex(std::max(0, m_ui->genderComboBox->findData(deputy.gender)));
    m_ui->placeComboBox->setCurrentIndex(std::max(0, m_ui->placeComboBox->findData(deputy.pointId)));
    m_ui->constituencyLineEdit->setText(deputy.constituency);
    m_ui->occupationLineEdit->setText(deputy.occupation);
    m_ui->expertiseLineEdit->setText(deputy.expertise.join(QStringLiteral("、")));
    m_ui->phoneLineEdit->setText(deputy.phone);
    m_ui->termStartDateEdit->setDate(deputy.termStart.isValid() ? deputy.termStart : m_ui->termStartDateEdit->minimumDate());
    m_ui->termEndDateEdit->setDate(deputy.termEnd.isValid() ? deputy.termEnd : m_ui->termEndDateEdit->minimumDate());
    m_ui->activeCheckBox->setChecked(deputy.id.isEmpty() || deputy.active);
    m_ui->choosePhotoButton->setEnabled(!deputy.id.isEmpty());
    showPhoto();
}

void DeputyDetailForm::showPhoto()
{
    const QString path = DeputyService(m_store).photoPath(m_deputy.photoSha256);
    QPixmap pixmap;
    if (!path.isEmpty() && pixmap.load(path)) {
        m_ui->photoLabel->setPixmap(pixmap.scaled(m_ui->photoLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_ui->photoLabel->setPixmap({});
        m_ui->photoLabel->setText(m_deputy.id.isEmpty() ? QString() : tr("No photo"));
    }
}

bool DeputyDetailForm::save()
{
    Deputy d = m_deputy;
    d.name = m_ui->nameLineEdit->text();
    d.level = m_ui->levelComboBox->currentData().toString();
    d.gender = m_ui->genderComboBox->currentData().toString();
    d.pointId = m_ui->placeComboBox->currentData().toString();
    d.constituency = m_ui->constituencyLineEdit->text().trimmed();
    d.occupation = m_ui->occupationLineEdit->text().trimmed();
    d.expertise = RosterImporter::tagsFromText(m_ui->expertiseLineEdit->text());
    d.phone = m_ui->phoneLineEdit->text();
    d.termStart = m_ui->termStartDateEdit->date() == m_ui->termStartDateEdit->minimumDate() ? QDate()
                                                                                          : m_ui->termStartDateEdit->date();
    d.termEnd = m_ui->termEndDateEdit->date() == m_ui->termEndDateEdit->minimumDate() ? QDate()
                                                                                    : m_ui->termEndDateEdit->date();
    d.active = m_ui->activeCheckBox->isChecked();
    auto saved = DeputyService(m_store).save(d);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message);
        m_ui->errorLabel->show();
        QWidget *field = nullptr;
        if (saved.error().code == QLatin1String("deputy.no_name"))
            field = m_ui->nameLineEdit;
        else if (saved.error().code == QLatin1String("deputy.bad_phone"))
            field = m_ui->phoneLineEdit;
        else if (saved.error().code == QLatin1String("deputy.bad_term"))
            field = m_ui->termEndDateEdit;
        if (field)
            field->setFocus();
        return false;
    }
    m_ui->errorLabel->hide();
    m_deputy = saved.value();
    m_ui->choosePhotoButton->setEnabled(true);
    emit this->saved(m_deputy.id);
    return true;
}

bool DeputyDetailForm::setPhotoFile(const QString &path)
{
    if (Status s = DeputyService(m_store).setPhoto(m_deputy.id, path); !s) {
        m_ui->errorLabel->setText(s.error().message);
        m_ui->errorLabel->show();
        return false;
    }
    m_ui->errorLabel->hide();
    // Re-read: the service wrote the photo's hash.
    if (const auto fresh = DeputyService(m_store).find(m_deputy.id))
        m_deputy = *fresh;
    showPhoto();
    emit saved(m_deputy.id);
    return true;
}

void DeputyDetailForm::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the deputy's photo"), QString(),
                                                      tr("Pictures (*.jpg *.jpeg *.png *.bmp)"));
    if (!path.isEmpty())
        setPhotoFile(path);
}

void DeputyDetailForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
    }
    QWidget::changeEvent(event);
}

} // namespace zt
