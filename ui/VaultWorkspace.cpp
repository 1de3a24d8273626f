#include "ui/VaultWorkspace.h"

#include "models/AccessOperations.h"
#include "models/AccessText.h"
#include "models/AppSettings.h"
#include "models/AuditOperations.h"
#include "models/CertificateOperations.h"
#include "models/DeletedItemsModel.h"
#include "models/DueActionScheduler.h"
#include "models/ErrorText.h"
#include "models/ExternalChangeWatcher.h"
#include "models/KeyOperations.h"
#include "models/ObjectOperations.h"
#include "models/ScheduleOperations.h"
#include "models/VaultSession.h"
#include "ui/AccessPage.h"
#include "ui/AuditPage.h"
#include "ui/CertificatesPage.h"
#include "ui/DeletedPage.h"
#include "ui/Icons.h"
#include "ui/KeysPage.h"
#include "ui/OverviewPage.h"
#include "ui/PropertiesPage.h"
#include "ui/RotationPage.h"
#include "ui/SecretsPage.h"
#include "ui/WhoHasAccessDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace coffer::ui {

VaultWorkspace::VaultWorkspace(const models::Services &services, models::SecretClipboard *clipboard,
                               models::Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_clock(services.clock)
    , m_prompter(prompter)
    , m_operations(new models::ObjectOperations(this))
    , m_keyOperations(new models::KeyOperations(this))
    , m_certificateOperations(new models::CertificateOperations(this))
    , m_accessOperations(new models::AccessOperations(this))
    , m_auditOperations(new models::AuditOperations(this))
    , m_scheduleOperations(new models::ScheduleOperations(services.clock, this))
    , m_settings(std::make_unique<models::AppSettings>())
    , m_scheduler(new models::DueActionScheduler(m_scheduleOperations, m_settings.get(), this))
    , m_watcher(new models::ExternalChangeWatcher(this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new OverviewPage(prompter, this))
    , m_properties(new PropertiesPage(this))
    , m_secrets(new SecretsPage(m_operations, clipboard, prompter, services.clock, this))
    , m_keys(new KeysPage(m_keyOperations, prompter, services.clock, this))
    , m_certificates(new CertificatesPage(m_certificateOperations, prompter, services.clock, this))
    , m_deleted(new DeletedPage(m_operations, prompter, services.clock, this))
    , m_access(new AccessPage(m_accessOperations, prompter, clipboard, services, this))
    , m_audit(new AuditPage(m_auditOperations, prompter, services, this))
    , m_rotation(new RotationPage(m_scheduleOperations, m_scheduler, prompter, services.clock, this))
{
    m_nav->setObjectName(QStringLiteral("navList"));
    m_nav->setAccessibleName(tr("Pages"));
    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_properties->setObjectName(QStringLiteral("propertiesPage"));
    m_secrets->setObjectName(QStringLiteral("secretsPage"));
    m_keys->setObjectName(QStringLiteral("keysPage"));
    m_certificates->setObjectName(QStringLiteral("certificatesPage"));
    m_deleted->setObjectName(QStringLiteral("deletedPage"));
    m_access->setObjectName(QStringLiteral("accessPage"));
    m_audit->setObjectName(QStringLiteral("auditPage"));
    m_rotation->setObjectName(QStringLiteral("rotationPage"));
    m_nav->setIconSize(QSize(18, 18));
    m_nav->setSpacing(1);
    m_nav->setFixedWidth(150);

    addPage(QLatin1StringView(kOverviewPage), tr("Overview"), icons::get("vault"), m_overview);
    addPage(QLatin1StringView(kPropertiesPage), tr("Properties"), icons::get("settings"), m_properties);
    addPage(QLatin1StringView(kSecretsPage), tr("Secrets"), icons::get("key"), m_secrets);
    addPage(QLatin1StringView(kKeysPage), tr("Keys"), icons::get("key"), m_keys);
    addPage(QLatin1StringView(kCertificatesPage), tr("Certificates"), icons::get("lock"), m_certificates);
    addPage(QLatin1StringView(kDeletedPage), tr("Manage deleted"), icons::get("remove"), m_deleted);
    addPage(QLatin1StringView(kAccessPage), tr("Access control"), icons::get("access"), m_access);
    addPage(QLatin1StringView(kAuditPage), tr("Audit"), icons::get("audit"), m_audit);
    addPage(QLatin1StringView(kRotationPage), tr("Rotation & expiry"), icons::get("busy"), m_rotation);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_properties, &PropertiesPage::lockRequested, this, &VaultWorkspace::lockRequested);
    connect(m_overview, &OverviewPage::pageRequested, this, &VaultWorkspace::showPage);
    connect(m_overview, &OverviewPage::objectRequested, this, &VaultWorkspace::showObject);
    connect(m_overview, &OverviewPage::statusMessage, this, &VaultWorkspace::statusMessage);
    connect(m_overview, &OverviewPage::propertiesChanged, m_properties, &PropertiesPage::refresh);
    connect(m_operations, &models::ObjectOperations::objectsChanged, this, &VaultWorkspace::reloadAll);
    connect(m_keyOperations, &models::KeyOperations::keysChanged, this, &VaultWorkspace::reloadAll);
    connect(m_certificateOperations, &models::CertificateOperations::certificatesChanged, this,
            &VaultWorkspace::reloadAll);
    m_deleted->setCertificateOperations(m_certificateOperations);
    connect(m_scheduleOperations, &models::ScheduleOperations::vaultChanged, this, &VaultWorkspace::reloadAll);
    connect(m_rotation, &RotationPage::statusMessage, this, &VaultWorkspace::statusMessage);
    connect(m_rotation, &RotationPage::objectActivated, this, &VaultWorkspace::showObject);
    connect(m_properties, &PropertiesPage::scheduleMonthActivated, this, [this](int kind, const QDate &month) {
        m_rotation->showMonth(ObjectKind(kind), month);
        showPage(QLatin1StringView(kRotationPage));
    });
    connect(m_scheduler, &models::DueActionScheduler::failed, this, &VaultWorkspace::statusMessage);
    connect(m_watcher, &models::ExternalChangeWatcher::externalChange, this, &VaultWorkspace::onExternalChange);
    connect(m_secrets, &SecretsPage::statusMessage, this, &VaultWorkspace::statusMessage);
    connect(m_secrets, &SecretsPage::undoOffered, this, &VaultWorkspace::undoOffered);
    connect(m_keys, &KeysPage::statusMessage, this, &VaultWorkspace::statusMessage);
    connect(m_keys, &KeysPage::undoOffered, this, &VaultWorkspace::undoOffered);
    connect(m_certificates, &CertificatesPage::statusMessage, this, &VaultWorkspace::statusMessage);
    connect(m_certificates, &CertificatesPage::undoOffered, this, &VaultWorkspace::undoOffered);
    connect(m_keys, &KeysPage::goToDeletedRequested, this, [this](const QString &name) {
        showPage(QLatin1StringView(kDeletedPage));
        m_deleted->selectItem(models::DeletedItemsModel::makeId(ObjectKind::Key, name));
    });
    connect(m_deleted, &DeletedPage::statusMessage, this, &VaultWorkspace::statusMessage);
    connect(m_access, &AccessPage::statusMessage, this, &VaultWorkspace::statusMessage);
    connect(m_audit, &AuditPage::statusMessage, this, &VaultWorkspace::statusMessage);
    connect(m_secrets, &SecretsPage::whoHasAccessRequested, this, &VaultWorkspace::showWhoHasAccess);
    connect(m_secrets, &SecretsPage::goToDeletedRequested, this, [this](const QString &name) {
        showPage(QLatin1StringView(kDeletedPage));
        m_deleted->selectItem(models::DeletedItemsModel::makeId(ObjectKind::Secret, name));
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    m_nav->setCurrentRow(0);
    applySettings();
}

VaultWorkspace::~VaultWorkspace() = default;

void VaultWorkspace::addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
{
    const int position = int(m_pages.size()) + 1;
    auto *item = new QListWidgetItem(icon, title, m_nav);
    item->setData(Qt::UserRole, id);
    m_stack->addWidget(page);
    QAction *shortcut = nullptr;
    if (position <= 9) {
        shortcut = new QAction(title, this);
        shortcut->setObjectName(QStringLiteral("actionPage_") + id);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + position)));
        connect(shortcut, &QAction::triggered, this, [this, id] { showPage(id); });
        addAction(shortcut);
        item->setToolTip(tr("%1 (%2)").arg(title, shortcut->shortcut().toString(QKeySequence::NativeText)));
    }
    m_pages.append({id, page, shortcut});
}

void VaultWorkspace::showPage(const QString &id)
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).id == id)
            m_nav->setCurrentRow(i);
}

QString VaultWorkspace::currentPageId() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).id : QString();
}

QWidget *VaultWorkspace::currentPage() const
{
    return m_stack->currentWidget();
}

QStringList VaultWorkspace::pageIds() const
{
    QStringList ids;
    for (const Page &page : m_pages)
        ids << page.id;
    return ids;
}

QList<QAction *> VaultWorkspace::pageActions() const
{
    QList<QAction *> actions;
    for (const Page &page : m_pages)
        if (page.shortcut)
            actions << page.shortcut;
    return actions;
}

models::VaultSession *VaultWorkspace::session() const
{
    return m_session;
}

void VaultWorkspace::setSession(models::VaultSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_operations->setSession(session);
    m_keyOperations->setSession(session);
    m_certificateOperations->setSession(session);
    m_accessOperations->setSession(session);
    m_auditOperations->setSession(session);
    m_scheduleOperations->setSession(session);
    m_scheduler->setSession(session);
    m_watcher->setSession(session);
    m_properties->setSession(session);
    m_overview->setSession(session);
    if (session)
        connect(session, &models::VaultSession::accessChanged, this, &VaultWorkspace::onAccessChanged);
    if (session && session->isUnlocked()) {
        reloadAll();
    } else {
        m_overview->clear();
        m_secrets->clear();
        m_keys->clear();
        m_certificates->clear();
        m_deleted->clear();
        m_access->clear();
        m_audit->clear();
        m_rotation->clear();
    }
    Q_EMIT identityChanged();
}

void VaultWorkspace::reloadAll()
{
    if (!m_operations->isUnlocked())
        return;
    m_secrets->reload();
    m_keys->reload();
    m_certificates->reload();
    m_deleted->reload();
    m_access->reload();
    m_audit->reload(); // off the GUI thread, and only while it is shown
    m_rotation->reload(); // only while it is shown
    m_overview->refresh(); // only while it is shown
}

void VaultWorkspace::applySettings()
{
    m_scheduler->reconsider();
    m_rotation->refreshSettings();
    m_rotation->setTimeShiftLimit(m_settings->timeShiftLimitMonths());
}

void VaultWorkspace::showObject(ObjectKind kind, const QString &name)
{
    switch (kind) {
    case ObjectKind::Secret:
        showPage(QLatin1StringView(kSecretsPage));
        m_secrets->selectSecret(name);
        return;
    case ObjectKind::Key:
        showPage(QLatin1StringView(kKeysPage));
        m_keys->selectKey(name);
        return;
    case ObjectKind::Certificate:
        showPage(QLatin1StringView(kCertificatesPage));
        m_certificates->selectCertificate(name);
        return;
    }
}

void VaultWorkspace::onAccessChanged()
{
    // What may be done, and even what may be listed, can change with access.
    reloadAll();
    Q_EMIT identityChanged();
}

void VaultWorkspace::onExternalChange()
{
    if (m_session)
        m_session->notifyAccessChanged(); // roles may have changed too: reloads everything
    m_properties->refresh();
    Q_EMIT statusMessage(tr("The vault was changed by another program; the lists were refreshed."));
}

QString VaultWorkspace::identityText() const
{
    const auto me = m_session ? m_session->principal() : std::nullopt;
    return me ? models::AccessText::signedInAs(*me) : QString();
}

QString VaultWorkspace::identityDetails() const
{
    if (!m_session || !m_session->principal())
        return {};
    QString details = tr("Your roles in %1:").arg(m_session->displayName()) + u'\n';
    auto mine = m_accessOperations->myAssignments();
    details += mine ? models::AccessText::rolesHeld(*mine) : models::ErrorText::forForbidden(mine.error());
    return details;
}

QDialog *VaultWorkspace::showWhoHasAccess(const QString &secretName)
{
    auto *dialog = new WhoHasAccessDialog(m_accessOperations, ObjectKind::Secret, secretName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace coffer::ui
