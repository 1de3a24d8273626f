#include "models/KeyVersionsModel.h"

#include "core/common/Clock.h"
#include "core/vault/ObjectFilter.h"
#include "models/KeyText.h"
#include "models/KeysModel.h"
#include "models/ObjectColors.h"
#include "models/SecretListModel.h"
#include "models/TimeFormat.h"

#include <algorithm>

namespace coffer::models {

KeyVersionsModel::KeyVersionsModel(const Clock *clock, QObject *parent)
    : DiffingTableModel(parent)
    , m_clock(clock)
{ }

int KeyVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyInfo &key = m_items.at(index.row());
    const VersionInfo &info = key.info;
    const QDateTime now = m_clock->now();
    const bool current = info.version == m_currentVersion;
    const ExpiryState expiry = expiryState(info.attributes, now, KeysModel::kExpiringSoonDays);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn: return current ? tr("(current) %1").arg(info.version) : info.version;
        case StatusColumn: return KeyText::statusText(info.attributes, now);
        case CreatedColumn: return formatTime(info.attributes.created);
        case ExpiresColumn: return info.attributes.expires ? formatTime(*info.attributes.expires) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case VersionColumn: return key.kid();
        case CreatedColumn: return formatTimeUtc(info.attributes.created);
        case StatusColumn:
        case ExpiresColumn: return SecretListModel::expiryText(info.attributes, now);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn)
            return expiryForeground(expiry);
        if (index.column() == StatusColumn)
            return info.attributes.enabled ? expiryForeground(expiry) : disabledForeground();
        return {};
    case IdRole: return info.version;
    case EnabledRole: return info.attributes.enabled;
    case IsCurrentRole: return current;
    case ExpiryStateRole: return int(expiry);
    default: return {};
    }
}

QVariant KeyVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    }
    return {};
}

void KeyVersionsModel::setVersions(const QString &keyName, const QList<KeyInfo> &oldestFirst)
{
    QList<KeyInfo> newestFirst = oldestFirst;
    std::reverse(newestFirst.begin(), newestFirst.end());
    if (objects::nameKey(keyName) != objects::nameKey(m_keyName)) {
        beginResetModel();
        m_keyName = keyName;
        m_items = newestFirst;
        m_currentVersion = m_items.isEmpty() ? QString() : m_items.first().info.version;
        endResetModel();
        return;
    }
    m_keyName = keyName;
    const QString oldCurrent = m_currentVersion;
    applyList(
            newestFirst, [](const KeyInfo &key) { return key.info.version; },
            [](const KeyInfo &a, const KeyInfo &b) {
                const ObjectAttributes &x = a.info.attributes;
                const ObjectAttributes &y = b.info.attributes;
                return x.enabled == y.enabled && x.notBefore == y.notBefore && x.expires == y.expires
                        && x.updated == y.updated && a.info.tags == b.info.tags && a.ops == b.ops;
            });
    m_currentVersion = m_items.isEmpty() ? QString() : m_items.first().info.version;
    if (m_currentVersion != oldCurrent) {
        for (const QString &version : {oldCurrent, m_currentVersion}) {
            const QModelIndex index = indexOf(version);
            if (index.isValid())
                Q_EMIT dataChanged(index, index.siblingAtColumn(VersionColumn), {Qt::DisplayRole, IsCurrentRole});
        }
    }
}

void KeyVersionsModel::clear()
{
    m_keyName.clear();
    clearItems();
    m_currentVersion.clear();
}

QString KeyVersionsModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).info.version;
}

QModelIndex KeyVersionsModel::indexOf(const QString &id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).info.version == id)
            return index(row, 0);
    return {};
}

const KeyInfo *KeyVersionsModel::infoAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items.at(row);
}

const KeyInfo *KeyVersionsModel::info(const QString &version) const
{
    const QModelIndex index = indexOf(version);
    return index.isValid() ? &m_items.at(index.row()) : nullptr;
}

} // namespace coffer::models
