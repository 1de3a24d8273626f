#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace coffer::models {
class KeyslotListModel;
class PropertiesModel;
class VaultSession;
} // namespace coffer::models

namespace coffer::ui {

class ExpiryHeatmap;
class HsmSettingsPanel;

// The Properties page of an unlocked vault: what expires and rotates in the next 12 months (a heatmap of the
// vault's schedule, read when the page is shown), its settings and its keyslots (read-only), and its HSM binding.
class PropertiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPage(QWidget *parent = nullptr);

    void setSession(models::VaultSession *session);
    void refresh();
    // Reads the schedule again (Vault::schedule, recorded as VaultScheduleGet): when the page is shown.
    void refreshSchedule();

    models::PropertiesModel *propertiesModel() const { return m_properties; }
    models::KeyslotListModel *keyslotModel() const { return m_keyslots; }
    HsmSettingsPanel *hsmSettings() const { return m_hsm; }
    ExpiryHeatmap *expiryHeatmap() const { return m_heatmap; }

Q_SIGNALS:
    void lockRequested();
    // A month of the heatmap was activated (clicked, Enter): kind is an ObjectKind value, month its first day.
    void scheduleMonthActivated(int kind, const QDate &month);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<models::VaultSession> m_session;
    models::PropertiesModel *m_properties;
    models::KeyslotListModel *m_keyslots;
    QLabel *m_title;
    QTableView *m_propertiesView;
    QTableView *m_keyslotView;
    QPushButton *m_lock;
    HsmSettingsPanel *m_hsm;
    QGroupBox *m_scheduleBox;
    ExpiryHeatmap *m_heatmap;
    QLabel *m_soon;
    QLabel *m_overdue;
    QLabel *m_expired;
    QLabel *m_scheduleNote;
};

} // namespace coffer::ui
