#include "models/SecretVersionsModel.h"

#include "core/common/Clock.h"
#include "core/vault/ObjectFilter.h"
#include "models/ObjectColors.h"
#include "models/SecretListModel.h"
#include "models/TimeFormat.h"

#include <algorithm>

namespace coffer::models {

SecretVersionsModel::SecretVersionsModel(const Clock *clock, QObject *parent)
    : DiffingTableModel(parent)
    , m_clock(clock)
{ }

int SecretVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VersionInfo &info = m_items.at(index.row());
    const bool current = info.version == m_currentVersion;
    const ExpiryState expiry = expiryState(info.attributes, m_clock->now(), SecretListModel::kExpiringSoonDays);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn: return current ? tr("(current) %1").arg(info.version) : info.version;
        case EnabledColumn: return SecretListModel::enabledText(info.attributes.enabled);
        case CreatedColumn: return formatTime(info.attributes.created);
        case ExpiresColumn: return info.attributes.expires ? formatTime(*info.attributes.expires) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case VersionColumn: return info.id();
        case CreatedColumn: return formatTimeUtc(info.attributes.created);
        case ExpiresColumn: return SecretListModel::expiryText(info.attributes, m_clock->now());
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn)
            return expiryForeground(expiry);
        if (index.column() == EnabledColumn && !info.attributes.enabled)
            return disabledForeground();
        return {};
    case IdRole: return info.version;
    case EnabledRole: return info.attributes.enabled;
    case IsCurrentRole: return current;
    case ExpiryStateRole: return int(expiry);
    default: return {};
    }
}

QVariant SecretVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case EnabledColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    }
    return {};
}

void SecretVersionsModel::setVersions(const QString &secretName, const QList<VersionInfo> &oldestFirst)
{
    QList<VersionInfo> newestFirst = oldestFirst;
    std::reverse(newestFirst.begin(), newestFirst.end());
    if (objects::nameKey(secretName) != objects::nameKey(m_secretName)) {
        beginResetModel();
        m_secretName = secretName;
        m_items = newestFirst;
        m_currentVersion = m_items.isEmpty() ? QString() : m_items.first().version;
        endResetModel();
        return;
    }
    m_secretName = secretName;
    const QString oldCurrent = m_currentVersion;
    applyList(
            newestFirst, [](const VersionInfo &info) { return info.version; },
            [](const VersionInfo &a, const VersionInfo &b) {
                return a.attributes.enabled == b.attributes.enabled && a.attributes.notBefore == b.attributes.notBefore
                        && a.attributes.expires == b.attributes.expires && a.attributes.updated == b.attributes.updated
                        && a.contentType == b.contentType && a.tags == b.tags;
            });
    m_currentVersion = m_items.isEmpty() ? QString() : m_items.first().version;
    // The "(current)" mark moved: both rows change their text.
    if (m_currentVersion != oldCurrent) {
        for (const QString &version : {oldCurrent, m_currentVersion}) {
            const QModelIndex index = indexOf(version);
            if (index.isValid())
                Q_EMIT dataChanged(index, index.siblingAtColumn(VersionColumn), {Qt::DisplayRole, IsCurrentRole});
        }
    }
}

void SecretVersionsModel::clear()
{
    m_secretName.clear();
    clearItems();
    m_currentVersion.clear();
}

QString SecretVersionsModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).version;
}

QModelIndex SecretVersionsModel::indexOf(const QString &id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).version == id)
            return index(row, 0);
    return {};
}

const VersionInfo *SecretVersionsModel::infoAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items.at(row);
}

} // namespace coffer::models
