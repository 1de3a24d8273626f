#pragma once

#include "core/common/ObjectKind.h"
#include "models/Services.h"

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>

class QAction;
class QDialog;
class QListWidget;
class QStackedWidget;

namespace coffer::models {
class AccessOperations;
class AppSettings;
class AuditOperations;
class CertificateOperations;
class DueActionScheduler;
class ExternalChangeWatcher;
class KeyOperations;
class ObjectOperations;
class Prompter;
class ScheduleOperations;
class SecretClipboard;
class VaultSession;
} // namespace coffer::models

namespace coffer::ui {

class AccessPage;
class AuditPage;
class CertificatesPage;
class OverviewPage;
class DeletedPage;
class KeysPage;
class PropertiesPage;
class RotationPage;
class SecretsPage;

// What the console shows for an unlocked vault: a navigation list on the left (Overview, Properties, Secrets, Keys,
// Certificates, Manage deleted, Access control, Audit, Rotation & expiry) and the chosen page. Owns the vault's
// ObjectOperations, KeyOperations, CertificateOperations, AccessOperations, AuditOperations and ScheduleOperations
// and refreshes the pages when this console or another process changes the vault or who may do what in it. While
// the vault is unlocked its DueActionScheduler runs the due rotations, renewals and notices on time.
class VaultWorkspace : public QWidget
{
    Q_OBJECT

public:
    static constexpr const char *kOverviewPage = "overview";
    static constexpr const char *kPropertiesPage = "properties";
    static constexpr const char *kSecretsPage = "secrets";
    static constexpr const char *kKeysPage = "keys";
    static constexpr const char *kCertificatesPage = "certificates";
    static constexpr const char *kDeletedPage = "deleted";
    static constexpr const char *kAccessPage = "access";
    static constexpr const char *kAuditPage = "audit";
    static constexpr const char *kRotationPage = "rotation";

    VaultWorkspace(const models::Services &services, models::SecretClipboard *clipboard, models::Prompter *prompter,
                   QWidget *parent = nullptr);
    ~VaultWorkspace() override;

    void setSession(models::VaultSession *session);
    models::VaultSession *session() const;

    // Adds a page to the navigation (in order); Ctrl+<position> selects it.
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    void showPage(const QString &id);
    QString currentPageId() const;
    QWidget *currentPage() const;
    QStringList pageIds() const;
    // The Ctrl+<position> actions, in page order (their text is the page's title).
    QList<QAction *> pageActions() const;

    OverviewPage *overviewPage() const { return m_overview; }
    PropertiesPage *propertiesPage() const { return m_properties; }
    SecretsPage *secretsPage() const { return m_secrets; }
    KeysPage *keysPage() const { return m_keys; }
    CertificatesPage *certificatesPage() const { return m_certificates; }
    DeletedPage *deletedPage() const { return m_deleted; }
    AccessPage *accessPage() const { return m_access; }
    AuditPage *auditPage() const { return m_audit; }
    RotationPage *rotationPage() const { return m_rotation; }
    models::ObjectOperations *operations() const { return m_operations; }
    models::KeyOperations *keyOperations() const { return m_keyOperations; }
    models::CertificateOperations *certificateOperations() const { return m_certificateOperations; }
    models::AccessOperations *accessOperations() const { return m_accessOperations; }
    models::AuditOperations *auditOperations() const { return m_auditOperations; }
    models::ScheduleOperations *scheduleOperations() const { return m_scheduleOperations; }
    models::DueActionScheduler *dueActionScheduler() const { return m_scheduler; }
    // Shows an object on its own page (Secrets, Keys or Certificates), selected.
    void showObject(ObjectKind kind, const QString &name);

    // "Signed in as alice (user)" and, for its tooltip, the roles held; empty while locked.
    QString identityText() const;
    QString identityDetails() const;
    // The reverse view for a secret: who may read it, and through what.
    QDialog *showWhoHasAccess(const QString &secretName);
    models::ExternalChangeWatcher *changeWatcher() const { return m_watcher; }

    // Lists everything again (precise changes).
    void reloadAll();
    // After the Settings dialog: the due-action switch and the time-shift limit.
    void applySettings();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void undoOffered(const QString &text, const std::function<void()> &undo);
    void lockRequested();
    void identityChanged();

private:
    struct Page
    {
        QString id;
        QWidget *widget = nullptr;
        QAction *shortcut = nullptr;
    };
    void onExternalChange();
    void onAccessChanged();

    const Clock *m_clock;
    QPointer<models::VaultSession> m_session;
    models::Prompter *m_prompter;
    models::ObjectOperations *m_operations;
    models::KeyOperations *m_keyOperations;
    models::CertificateOperations *m_certificateOperations;
    models::AccessOperations *m_accessOperations;
    models::AuditOperations *m_auditOperations;
    models::ScheduleOperations *m_scheduleOperations;
    std::unique_ptr<models::AppSettings>
            m_settings; // the due-action setting (the same QSettings store as the window's)
    models::DueActionScheduler *m_scheduler;
    models::ExternalChangeWatcher *m_watcher;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<Page> m_pages;
    OverviewPage *m_overview;
    PropertiesPage *m_properties;
    SecretsPage *m_secrets;
    KeysPage *m_keys;
    CertificatesPage *m_certificates;
    DeletedPage *m_deleted;
    AccessPage *m_access;
    AuditPage *m_audit;
    RotationPage *m_rotation;
};

} // namespace coffer::ui
