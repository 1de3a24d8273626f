#include "ui/LockedPage.h"

#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

LockedPage::LockedPage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_name(new QLabel(this))
    , m_path(new QLabel(this))
    , m_state(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_busy(makeBusyBar(this))
    , m_unlock(new QPushButton(icons::get("unlock"), tr("&Unlock…"), this))
{
    m_icon->setPixmap(icons::get("locked").pixmap(64, 64));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("lockedNameLabel"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("lockedPathLabel"));
    m_state->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("lastErrorLabel"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &LockedPage::unlockRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(m_name);
    text->addWidget(m_path);
    text->addWidget(m_state);
    header->addLayout(text, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void LockedPage::setSession(models::VaultSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &models::VaultSession::stateChanged, this, &LockedPage::refresh);
        connect(m_session, &models::VaultSession::infoChanged, this, &LockedPage::refresh);
    }
    refresh();
}

void LockedPage::refresh()
{
    if (!m_session) {
        m_name->clear();
        m_path->clear();
        m_state->clear();
        setErrorText(m_error, {});
        m_unlock->setEnabled(false);
        return;
    }
    const bool unlocking = m_session->state() == models::VaultState::Unlocking;
    m_name->setText(m_session->displayName());
    m_path->setText(m_session->path());
    m_state->setText(unlocking ? tr("Unlocking: deriving the vault key…")
                               : tr("This vault is locked. Its contents are encrypted and no key is in memory."));
    setErrorText(m_error, m_session->lastErrorText());
    m_busy->setVisible(unlocking);
    m_unlock->setEnabled(m_session->state() == models::VaultState::Locked);
}

} // namespace coffer::ui
