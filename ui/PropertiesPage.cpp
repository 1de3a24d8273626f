#include "ui/PropertiesPage.h"

#include "core/vault/VaultProperties.h"
#include "models/ErrorText.h"
#include "models/ExpiryHeatmapData.h"
#include "models/KeyslotListModel.h"
#include "models/PropertiesModel.h"
#include "models/VaultSession.h"
#include "ui/ExpiryHeatmap.h"
#include "ui/HsmSettingsPanel.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}
} // namespace

PropertiesPage::PropertiesPage(QWidget *parent)
    : QWidget(parent)
    , m_properties(new models::PropertiesModel(this))
    , m_keyslots(new models::KeyslotListModel(this))
    , m_title(new QLabel(this))
    , m_propertiesView(makeTable(m_properties, QStringLiteral("propertiesView"), tr("Vault properties"), this))
    , m_keyslotView(makeTable(m_keyslots, QStringLiteral("keyslotView"), tr("Keyslots"), this))
    , m_lock(new QPushButton(icons::get("lock"), tr("&Lock"), this))
    , m_hsm(new HsmSettingsPanel(this))
    , m_scheduleBox(new QGroupBox(tr("Expiry and rotation, next 12 months"), this))
    , m_heatmap(new ExpiryHeatmap(m_scheduleBox))
    , m_soon(new QLabel(m_scheduleBox))
    , m_overdue(new QLabel(m_scheduleBox))
    , m_expired(new QLabel(m_scheduleBox))
    , m_scheduleNote(makeHintLabel({}, this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("propertiesTitle"));
    m_propertiesView->horizontalHeader()->setVisible(false);
    m_propertiesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_lock->setObjectName(QStringLiteral("lockButton"));
    connect(m_lock, &QPushButton::clicked, this, &PropertiesPage::lockRequested);
    m_scheduleBox->setObjectName(QStringLiteral("scheduleBox"));
    m_heatmap->setObjectName(QStringLiteral("expiryHeatmap"));
    m_soon->setObjectName(QStringLiteral("expiringSoonTotal"));
    m_overdue->setObjectName(QStringLiteral("overdueTotal"));
    m_expired->setObjectName(QStringLiteral("expiredTotal"));
    m_scheduleNote->setObjectName(QStringLiteral("scheduleNote"));
    m_scheduleNote->setVisible(false);
    connect(m_heatmap, &ExpiryHeatmap::monthActivated, this, &PropertiesPage::scheduleMonthActivated);

    auto *icon = new QLabel(this);
    icon->setPixmap(icons::get("unlocked").pixmap(32, 32));
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(m_title, 1);
    header->addWidget(m_lock);

    // Below the header, the groups scroll: the HSM group would otherwise make the window taller than the screen.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("propertiesContent"));
    m_propertiesView->setMinimumHeight(160);
    m_keyslotView->setMinimumHeight(100);
    auto *propertiesBox = new QGroupBox(tr("Properties"), this);
    auto *propertiesLayout = new QVBoxLayout(propertiesBox);
    propertiesLayout->addWidget(m_propertiesView);
    auto *totals = new QHBoxLayout;
    for (QLabel *total : {m_soon, m_overdue, m_expired}) {
        total->setTextFormat(Qt::PlainText);
        totals->addWidget(total);
    }
    totals->addStretch(1);
    auto *scheduleLayout = new QVBoxLayout(m_scheduleBox);
    scheduleLayout->addWidget(m_heatmap);
    scheduleLayout->addLayout(totals);
    auto *keyslotBox = new QGroupBox(tr("Keyslots (ways to unlock)"), this);
    auto *keyslotLayout = new QVBoxLayout(keyslotBox);
    keyslotLayout->addWidget(m_keyslotView);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_scheduleBox);
    contentLayout->addWidget(m_scheduleNote);
    contentLayout->addWidget(propertiesBox, 3);
    contentLayout->addWidget(keyslotBox, 2);
    contentLayout->addWidget(m_hsm);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("propertiesScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content); // reparents the groups and the tables

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
}

void PropertiesPage::setSession(models::VaultSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_hsm->setSession(session);
    if (m_session) {
        connect(m_session, &models::VaultSession::stateChanged, this, &PropertiesPage::refresh);
        connect(m_session, &models::VaultSession::infoChanged, this, &PropertiesPage::refresh);
    }
    refresh();
}

void PropertiesPage::refresh()
{
    const auto properties = m_session ? m_session->properties() : std::nullopt;
    if (!properties) {
        m_title->clear();
        m_properties->clear();
        m_keyslots->clear();
        refreshSchedule();
        return;
    }
    m_title->setText(tr("%1 — Properties").arg(properties->name));
    m_properties->setProperties(*properties);
    m_keyslots->setKeyslots(m_session->keyslots());
    if (isVisible())
        refreshSchedule();
}

void PropertiesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshSchedule();
}

void PropertiesPage::refreshSchedule()
{
    const auto showNote = [this](const QString &note) {
        m_heatmap->clear();
        m_scheduleBox->setVisible(false);
        m_scheduleNote->setText(note);
        m_scheduleNote->setVisible(!note.isEmpty());
    };
    if (!m_session || !m_session->isUnlocked()) {
        showNote({});
        return;
    }
    auto heatmap = models::ExpiryHeatmapData::load(m_session);
    if (!heatmap) {
        if (heatmap.error().code() == ErrorCode::Busy)
            return; // background work: the next showing reads it
        showNote(models::ErrorText::isAccessDenial(heatmap.error())
                         ? tr("Expiry and rotation: you may not list any secrets, keys or certificates of this vault.")
                         : tr("Expiry and rotation could not be read: %1")
                                   .arg(models::ErrorText::forCode(heatmap.error().code())));
        return;
    }
    if (heatmap->allHidden()) {
        showNote(tr("Expiry and rotation: you may not list any secrets, keys or certificates of this vault."));
        return;
    }
    m_scheduleNote->setVisible(false);
    m_scheduleBox->setVisible(true);
    m_heatmap->setData(*heatmap);
    m_soon->setText(heatmap->soonText());
    m_overdue->setText(heatmap->overdueText());
    m_expired->setText(heatmap->expiredText());
}

} // namespace coffer::ui
