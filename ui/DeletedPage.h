#pragma once

#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;
class QTableView;

namespace coffer {
class Clock;
}

namespace coffer::models {
class CertificateOperations;
class DeletedItemsModel;
class ObjectOperations;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

// Manage deleted: soft-deleted items of every kind with their purge countdown; Recover, and Purge (refused, with
// the reason shown, while purge protection keeps the item).
class DeletedPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTickInterval {30000};

    DeletedPage(models::ObjectOperations *operations, models::Prompter *prompter, const Clock *clock,
                QWidget *parent = nullptr);

    void reload();
    void clear();
    QString currentItem() const;
    void selectItem(const QString &id);
    models::DeletedItemsModel *deletedModel() const { return m_model; }
    void setTickInterval(std::chrono::milliseconds interval) { m_tick.setInterval(interval); }

    // Deleted certificates are listed, recovered and purged through the vault's CertificateStore (their managed
    // key and secret go with them and are not listed on their own).
    void setCertificateOperations(models::CertificateOperations *certificates) { m_certificates = certificates; }

    void recoverCurrent();
    void purgeCurrent();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateActions();

    models::ObjectOperations *m_operations;
    models::CertificateOperations *m_certificates = nullptr;
    models::Prompter *m_prompter;
    const Clock *m_clock;
    models::DeletedItemsModel *m_model;
    QTimer m_tick;
    QLabel *m_intro;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_reason;
    QLabel *m_error;
    QPushButton *m_recover;
    QPushButton *m_purge;
};

} // namespace coffer::ui
