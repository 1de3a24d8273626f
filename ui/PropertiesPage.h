#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace coffer::models {
class KeyslotListModel;
class PropertiesModel;
class VaultSession;
} // namespace coffer::models

namespace coffer::ui {

class HsmSettingsPanel;

// The Properties page of an unlocked vault: its settings and its keyslots (read-only), and its HSM binding.
class PropertiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPage(QWidget *parent = nullptr);

    void setSession(models::VaultSession *session);
    void refresh();

    models::PropertiesModel *propertiesModel() const { return m_properties; }
    models::KeyslotListModel *keyslotModel() const { return m_keyslots; }
    HsmSettingsPanel *hsmSettings() const { return m_hsm; }

Q_SIGNALS:
    void lockRequested();

private:
    QPointer<models::VaultSession> m_session;
    models::PropertiesModel *m_properties;
    models::KeyslotListModel *m_keyslots;
    QLabel *m_title;
    QTableView *m_propertiesView;
    QTableView *m_keyslotView;
    QPushButton *m_lock;
    HsmSettingsPanel *m_hsm;
};

} // namespace coffer::ui
