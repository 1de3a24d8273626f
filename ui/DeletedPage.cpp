#include "ui/DeletedPage.h"

#include "core/common/Clock.h"
#include "core/vault/VaultProperties.h"
#include "models/CertificateOperations.h"
#include "models/Counts.h"
#include "models/DeletedItemsModel.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "models/ObjectOperations.h"
#include "models/Prompter.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

DeletedPage::DeletedPage(models::ObjectOperations *operations, models::Prompter *prompter, const Clock *clock,
                         QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_model(new models::DeletedItemsModel(clock, this))
    , m_intro(makeHintLabel({}, this))
    , m_view(new QTableView(this))
    , m_empty(makeHintLabel(tr("Nothing is deleted."), this))
    , m_reason(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_recover(new QPushButton(icons::get("unlock"), tr("&Recover"), this))
    , m_purge(new QPushButton(icons::get("remove"), tr("&Purge…"), this))
{
    m_intro->setObjectName(QStringLiteral("deletedIntro"));
    m_view->setObjectName(QStringLiteral("deletedView"));
    m_view->setAccessibleName(tr("Deleted items"));
    m_empty->setObjectName(QStringLiteral("deletedEmptyLabel"));
    m_reason->setObjectName(QStringLiteral("purgeReasonLabel"));
    m_reason->setWordWrap(true);
    QPalette palette = m_reason->palette();
    palette.setColor(QPalette::WindowText, QColor(0x8a, 0x52, 0x00));
    m_reason->setPalette(palette);
    m_reason->setVisible(false);
    m_error->setObjectName(QStringLiteral("deletedError"));
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_purge->setToolTip(tr("Destroy the selected item for good"));

    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_tick.setInterval(kDefaultTickInterval);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_model->tick();
        updateActions();
    });
    m_tick.start();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeletedPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DeletedPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeletedPage::updateActions);
    connect(m_recover, &QPushButton::clicked, this, &DeletedPage::recoverCurrent);
    connect(m_purge, &QPushButton::clicked, this, &DeletedPage::purgeCurrent);

    auto *title = new QLabel(tr("Manage deleted"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recover);
    buttons->addWidget(m_purge);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    updateActions();
}

QString DeletedPage::currentItem() const
{
    return m_model->idAt(m_view->currentIndex());
}

void DeletedPage::selectItem(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void DeletedPage::reload()
{
    const auto properties = m_operations->properties();
    if (properties) {
        m_model->setPurgeProtection(properties->purgeProtection);
        QString intro = tr("Deleted items are kept for %1 after deletion and can be recovered until then; "
                           "then they are purged for good.")
                                .arg(models::counts::days(properties->retentionDays));
        intro += u' ';
        intro += properties->purgeProtection
                ? tr("Purge protection is on: nobody can purge an item before its scheduled purge date.")
                : tr("Purging destroys an item at once; it cannot be undone.");
        m_intro->setText(intro);
    }
    auto secrets = m_operations->listDeleted(ObjectKind::Secret);
    if (!secrets) {
        setErrorText(m_error, models::ErrorText::forForbidden(secrets.error()));
        m_model->clear();
        updateActions();
        return;
    }
    setErrorText(m_error, {});
    m_model->setDeleted(ObjectKind::Secret, *secrets);
    // Deleted keys: a principal that may not list them sees the deleted secrets still.
    auto keys = m_operations->listDeleted(ObjectKind::Key);
    m_model->setDeleted(ObjectKind::Key, keys ? *keys : QList<DeletedInfo>());
    if (m_certificates) {
        auto certificates = m_certificates->listDeleted();
        m_model->setDeleted(ObjectKind::Certificate, certificates ? *certificates : QList<DeletedInfo>());
    }
    updateActions();
}

void DeletedPage::clear()
{
    m_model->clear();
    m_intro->clear();
    setErrorText(m_error, {});
    updateActions();
}

void DeletedPage::updateActions()
{
    using models::actions::ObjectAction;
    const models::DeletedItem *item = m_model->item(currentItem());
    const models::actions::DeletedSelection selection {item != nullptr, m_model->purgeProtection(),
                                                       item ? item->info.scheduledPurgeDate : QDateTime()};
    const QDateTime now = m_clock->now();
    const ObjectKind kind = item ? item->kind : ObjectKind::Secret;
    const QString name = item ? item->info.current.name : QString();
    const models::actions::AccessCheck can
            = m_operations->isUnlocked() ? m_operations->accessCheck() : models::actions::AccessCheck();
    applyActionState(m_recover,
                     models::actions::deletedActionState(ObjectAction::Recover, kind, name, selection, now, can));
    const models::actions::ActionState purge
            = models::actions::deletedActionState(ObjectAction::Purge, kind, name, selection, now, can);
    applyActionState(m_purge, purge);
    m_reason->setText(purge.reason);
    m_reason->setVisible(!purge.reason.isEmpty());
    m_empty->setVisible(m_model->rowCount() == 0);
}

void DeletedPage::recoverCurrent()
{
    const models::DeletedItem *item = m_model->item(currentItem());
    if (!item || !m_recover->isEnabled())
        return;
    const ObjectKind kind = item->kind;
    const QString name = item->info.current.name;
    std::optional<Error> failed;
    if (kind == ObjectKind::Certificate && m_certificates) {
        if (auto recovered = m_certificates->recover(name); !recovered)
            failed = recovered.error();
    } else if (auto recovered = m_operations->recover(kind, name); !recovered) {
        failed = recovered.error();
    }
    if (failed) {
        const Error &error = *failed;
        m_prompter->showError(tr("Recover"),
                              models::ErrorText::forObject(error, models::ObjectOp::Recover, kind, name));
        return;
    }
    Q_EMIT statusMessage(tr("%1 %2 recovered").arg(models::DeletedItemsModel::kindText(kind), name));
}

void DeletedPage::purgeCurrent()
{
    const models::DeletedItem *item = m_model->item(currentItem());
    if (!item || !m_purge->isEnabled())
        return;
    const ObjectKind kind = item->kind;
    const QString name = item->info.current.name;
    const QString question = tr("Purge %1 (%2) permanently?").arg(name, models::DeletedItemsModel::kindText(kind))
            + QStringLiteral("\n\n")
            + tr("This is irreversible: %1 and all its versions are destroyed and can never be recovered, not even "
                 "from this vault's history. Only a backup file could bring it back.")
                      .arg(name);
    if (!m_prompter->confirm(tr("Purge %1").arg(name), question))
        return;
    const Result<void> result = kind == ObjectKind::Certificate && m_certificates ? m_certificates->purge(name)
                                                                                  : m_operations->purge(kind, name);
    if (!result) {
        m_prompter->showError(tr("Purge"),
                              models::ErrorText::forObject(result.error(), models::ObjectOp::Purge, kind, name));
        return;
    }
    Q_EMIT statusMessage(tr("%1 %2 purged").arg(models::DeletedItemsModel::kindText(kind), name));
}

} // namespace coffer::ui
