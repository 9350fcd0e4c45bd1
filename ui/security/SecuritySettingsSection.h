#pragma once
// The settings page's "Security and privacy" box: the idle-lock minutes, how many years closed cases
// keep citizens' personal data, "anonymise now" for the station head, and changing one's own password.
// Both numbers are kept with the other settings (AppSettings) and apply at once.

#include <QGroupBox>
#include <memory>

namespace Ui {
class SecuritySettingsSection;
}

namespace zt {

class Store;

class SecuritySettingsSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit SecuritySettingsSection(Store &store, QWidget *parent = nullptr);
    ~SecuritySettingsSection() override;

signals:
    void idleLockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateAccess();
    void applyIdleMinutes(int minutes);
    void applyRetentionYears(int years);
    void askAnonymise();
    void confirmAnonymise();
    void cancelAnonymise();
    void changeOwnPassword();
    void showMessage(const QString &message, bool error = false);

    std::unique_ptr<Ui::SecuritySettingsSection> m_ui;
    Store &m_store;
};

} // namespace zt
