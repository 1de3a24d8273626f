#include "models/VaultListModel.h"

#include "core/vault/Vault.h"
#include "models/VaultSession.h"

#include <QFileInfo>
#include <QFont>

#include <algorithm>

namespace coffer::models {

VaultListModel::VaultListModel(const Services &services, QObject *parent)
    : QAbstractListModel(parent)
    , m_services(services)
{ }

VaultListModel::~VaultListModel() = default;

int VaultListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant VaultListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaultSession *s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return m_shownNames.value(s, s->displayName());
    case NameRole: return s->displayName();
    case IdRole: return s->path();
    case StateRole: return QVariant::fromValue(s->state());
    case ErrorRole: return s->lastErrorText();
    case PinnedRole: return m_pinned.contains(s->path());
    case Qt::FontRole: {
        if (!m_pinned.contains(s->path()))
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole: {
        QString state;
        switch (s->state()) {
        case VaultState::Locked: state = tr("Locked"); break;
        case VaultState::Unlocking: state = tr("Unlocking…"); break;
        case VaultState::Unlocked: state = tr("Unlocked"); break;
        }
        QString tip = s->path() + u'\n' + state;
        if (m_pinned.contains(s->path()))
            tip += u'\n' + tr("Pinned to the top of the list");
        if (!s->lastErrorText().isEmpty())
            tip += u'\n' + s->lastErrorText();
        return tip;
    }
    case Qt::DecorationRole:
        switch (s->state()) {
        case VaultState::Locked: return m_lockedIcon.isNull() ? QVariant() : QVariant(m_lockedIcon);
        case VaultState::Unlocking: return m_unlockingIcon.isNull() ? QVariant() : QVariant(m_unlockingIcon);
        case VaultState::Unlocked: return m_unlockedIcon.isNull() ? QVariant() : QVariant(m_unlockedIcon);
        }
        return {};
    default: return {};
    }
}

QHash<int, QByteArray> VaultListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(StateRole, "state");
    names.insert(ErrorRole, "error");
    return names;
}

QString VaultListModel::idAt(const QModelIndex &index) const
{
    const VaultSession *s = sessionAt(index);
    return s ? s->path() : QString();
}

QModelIndex VaultListModel::indexOf(const QString &id) const
{
    const QString normalized = VaultSession::normalizedPath(id);
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions.at(row)->path() == normalized)
            return index(row, 0);
    return {};
}

VaultSession *VaultListModel::sessionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_sessions.size())
        return nullptr;
    return m_sessions.at(index.row());
}

VaultSession *VaultListModel::session(const QString &id) const
{
    return sessionAt(indexOf(id));
}

Result<QString> VaultListModel::addExisting(const QString &path)
{
    if (VaultSession *existing = session(path)) {
        (void)existing->inspect();
        return existing->path();
    }
    auto summary = Vault::inspect(path);
    if (!summary)
        return summary.error();
    VaultSession *s = append(path);
    (void)s->inspect();
    return s->path();
}

QString VaultListModel::addCreated(std::unique_ptr<Vault> vault)
{
    const QString path = VaultSession::normalizedPath(vault->path());
    VaultSession *s = session(path);
    if (!s)
        s = append(path);
    s->adopt(std::move(vault));
    return s->path();
}

void VaultListModel::restore(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.isEmpty() || indexOf(path).isValid())
            continue;
        VaultSession *s = append(path);
        (void)s->inspect(); // a vault that is not there now stays listed with its error
    }
}

void VaultListModel::remove(const QString &id)
{
    const QModelIndex idx = indexOf(id);
    if (!idx.isValid())
        return;
    VaultSession *s = m_sessions.at(idx.row());
    s->disconnect(this);
    s->lock();
    beginRemoveRows({}, idx.row(), idx.row());
    m_sessions.removeAt(idx.row());
    m_added.removeAll(s);
    endRemoveRows();
    refreshDisplayNames();
    delete s;
    Q_EMIT pathsChanged();
    if (m_pinned.removeAll(VaultSession::normalizedPath(id)) > 0)
        Q_EMIT pinnedChanged();
}

void VaultListModel::lockAll()
{
    for (VaultSession *s : std::as_const(m_sessions))
        s->lock();
}

QStringList VaultListModel::paths() const
{
    QStringList out;
    for (const VaultSession *s : m_sessions)
        out << s->path();
    return out;
}

QList<VaultState> VaultListModel::states() const
{
    QList<VaultState> out;
    for (const VaultSession *s : m_sessions)
        out << s->state();
    return out;
}

bool VaultListModel::isPinned(const QString &id) const
{
    return m_pinned.contains(VaultSession::normalizedPath(id));
}

void VaultListModel::setPinned(const QStringList &ids)
{
    QStringList pinned;
    for (const QString &id : ids)
        if (!id.isEmpty() && !pinned.contains(VaultSession::normalizedPath(id)))
            pinned << VaultSession::normalizedPath(id);
    if (pinned == m_pinned)
        return;
    m_pinned = pinned;
    arrange();
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_sessions.size()) - 1, 0),
                           {PinnedRole, Qt::FontRole, Qt::ToolTipRole});
    Q_EMIT pinnedChanged();
}

void VaultListModel::setPinned(const QString &id, bool pinned)
{
    QStringList ids = m_pinned;
    const QString normalized = VaultSession::normalizedPath(id);
    if (pinned && !ids.contains(normalized))
        ids << normalized;
    else if (!pinned)
        ids.removeAll(normalized);
    setPinned(ids);
}

void VaultListModel::arrange()
{
    QList<VaultSession *> ordered;
    for (const QString &id : std::as_const(m_pinned))
        for (VaultSession *s : std::as_const(m_sessions))
            if (s->path() == id)
                ordered << s;
    for (VaultSession *s : std::as_const(m_added))
        if (!ordered.contains(s))
            ordered << s;
    if (ordered == m_sessions)
        return;
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<VaultSession *> sessionsBefore;
    for (const QModelIndex &idx : before)
        sessionsBefore << m_sessions.at(idx.row());
    m_sessions = ordered;
    QModelIndexList after;
    for (VaultSession *s : std::as_const(sessionsBefore))
        after << index(int(m_sessions.indexOf(s)), 0);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    Q_EMIT pathsChanged();
}

void VaultListModel::setStateIcons(const QIcon &locked, const QIcon &unlocking, const QIcon &unlocked)
{
    m_lockedIcon = locked;
    m_unlockingIcon = unlocking;
    m_unlockedIcon = unlocked;
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_sessions.size()) - 1, 0), {Qt::DecorationRole});
}

VaultSession *VaultListModel::append(const QString &path)
{
    const int row = int(m_sessions.size());
    beginInsertRows({}, row, row);
    auto *s = new VaultSession(path, m_services, this);
    m_sessions.append(s);
    m_added.append(s);
    endInsertRows();
    refreshDisplayNames();
    connect(s, &VaultSession::stateChanged, this, [this, s] { sessionChanged(s); });
    connect(s, &VaultSession::infoChanged, this, [this, s] { sessionChanged(s); });
    Q_EMIT pathsChanged();
    if (m_pinned.contains(s->path()))
        arrange();
    return s;
}

void VaultListModel::sessionChanged(VaultSession *session)
{
    const int row = int(m_sessions.indexOf(session));
    if (row < 0)
        return;
    const QModelIndex idx = index(row, 0);
    Q_EMIT dataChanged(idx, idx, {NameRole, StateRole, ErrorRole, Qt::ToolTipRole, Qt::DecorationRole});
    refreshDisplayNames(); // a renamed vault may now clash, or stop clashing, with another
}

void VaultListModel::refreshDisplayNames()
{
    // Two vaults of the same name (say two "Demo"s) show the folder that holds each, so they can be told apart.
    // Kept in a cache so a row's shown name changes only here, announced by dataChanged for that row alone.
    QHash<const VaultSession *, QString> shown;
    for (const VaultSession *s : std::as_const(m_sessions)) {
        const bool clash = std::any_of(m_sessions.cbegin(), m_sessions.cend(), [s](const VaultSession *other) {
            return other != s && other->displayName() == s->displayName();
        });
        shown.insert(s,
                     clash ? tr("%1 (in %2)")
                                     .arg(s->displayName(), QFileInfo(QFileInfo(s->path()).absolutePath()).fileName())
                           : s->displayName());
    }
    std::swap(shown, m_shownNames);
    for (int row = 0; row < int(m_sessions.size()); ++row) {
        const VaultSession *s = m_sessions.at(row);
        if (shown.value(s) != m_shownNames.value(s))
            Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole});
    }
}

} // namespace coffer::models
