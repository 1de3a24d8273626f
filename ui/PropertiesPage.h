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

// The read-only Properties page of an unlocked vault: its settings and its keyslots.
class PropertiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPage(QWidget *parent = nullptr);

    void setSession(models::VaultSession *session);
    void refresh();

    models::PropertiesModel *propertiesModel() const { return m_properties; }
    models::KeyslotListModel *keyslotModel() const { return m_keyslots; }

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
};

} // namespace coffer::ui
