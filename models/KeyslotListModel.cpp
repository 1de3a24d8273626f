#include "models/KeyslotListModel.h"

#include "models/TimeFormat.h"

namespace coffer::models {

KeyslotListModel::KeyslotListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int KeyslotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int KeyslotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyslotListModel::typeText(KeyslotType type)
{
    switch (type) {
    case KeyslotType::Passphrase: return tr("Passphrase");
    case KeyslotType::Recovery: return tr("Recovery key");
    case KeyslotType::Keychain: return tr("OS keychain");
    case KeyslotType::ClientSecret: return tr("Client secret");
    case KeyslotType::Certificate: return tr("Certificate");
    }
    return {};
}

QVariant KeyslotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyslotInfo &slot = m_slots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn: return typeText(slot.type);
        case LabelColumn: return slot.label;
        case IdColumn: return slot.id;
        case CreatedColumn: return formatTime(slot.created);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return formatTimeUtc(slot.created);
        return {};
    case IdRole: return slot.id;
    case TypeRole: return keyslotTypeName(slot.type);
    default: return {};
    }
}

QVariant KeyslotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Type");
    case LabelColumn: return tr("Label");
    case IdColumn: return tr("ID");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

void KeyslotListModel::setKeyslots(const QList<KeyslotInfo> &slots)
{
    beginResetModel();
    m_slots = slots;
    endResetModel();
}

void KeyslotListModel::clear()
{
    if (m_slots.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_slots.size()) - 1);
    m_slots.clear();
    endRemoveRows();
}

QString KeyslotListModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_slots.at(index.row()).id;
}

QModelIndex KeyslotListModel::indexOf(const QString &id) const
{
    for (int row = 0; row < m_slots.size(); ++row)
        if (m_slots.at(row).id == id)
            return index(row, 0);
    return {};
}

} // namespace coffer::models
