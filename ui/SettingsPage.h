#pragma once
// 设置: language (switches at once), font size, this installation's store and station, and backups.

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace zt {

class Store;
class TranslationLoader;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Store &store, TranslationLoader &translations, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshBackups();
    void backupNow();
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
    QComboBox *m_languageCombo;
    QDoubleSpinBox *m_fontSizeSpin;
    QLabel *m_storePathValue;
    QLabel *m_stationValue;
    QLabel *m_deviceValue;
    QListWidget *m_backupList;
    QPushButton *m_backupButton;
    QLabel *m_backupMessage;
};

} // namespace zt
