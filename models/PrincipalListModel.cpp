#include "models/PrincipalListModel.h"

#include "models/AccessNames.h"
#include "models/TimeFormat.h"

#include <QDateTime>
#include <QFont>
#include <QHash>

#include <algorithm>

namespace coffer::models {

namespace {
bool same(const PrincipalRow &a, const PrincipalRow &b)
{
    return a.principal.name == b.principal.name && a.principal.type == b.principal.type
            && a.memberNames == b.memberNames && a.principal.memberIds == b.principal.memberIds
            && a.principal.groupIds == b.principal.groupIds && a.principal.created == b.principal.created
            && a.createdByName == b.createdByName;
}
} // namespace

PrincipalListModel::PrincipalListModel(QObject *parent)
    : DiffingTableModel(parent)
{ }

int PrincipalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrincipalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrincipalRow &row = m_items.at(index.row());
    const access::Principal &p = row.principal;
    const QDateTime created = QDateTime::fromSecsSinceEpoch(p.created, Qt::UTC);
    const bool isGroup = p.type == access::PrincipalType::Group;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return p.name;
        case TypeColumn: return AccessNames::principalType(p.type);
        case MembershipColumn:
            if (row.memberNames.isEmpty())
                return isGroup ? tr("No members") : QString();
            return isGroup ? tr("Members: %1").arg(row.memberNames.join(QStringLiteral(", ")))
                           : tr("In: %1").arg(row.memberNames.join(QStringLiteral(", ")));
        case CreatedColumn: return formatTime(created);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return p.id == m_signedInId ? tr("%1 (you); id %2").arg(p.name, p.id) : tr("Id %1").arg(p.id);
        case CreatedColumn:
            return row.createdByName.isEmpty() ? formatTimeUtc(created)
                                               : tr("%1 by %2").arg(formatTimeUtc(created), row.createdByName);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && p.id == m_signedInId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole: return p.id;
    case TypeRole: return int(p.type);
    case MemberIdsRole: return isGroup ? p.memberIds : p.groupIds;
    default: return {};
    }
}

QVariant PrincipalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case MembershipColumn: return tr("Members / groups");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

void PrincipalListModel::setPrincipals(const QList<access::Principal> &principals, const QString &signedInId)
{
    const bool meChanged = signedInId != m_signedInId;
    m_signedInId = signedInId;
    QHash<QString, QString> names;
    for (const access::Principal &p : principals)
        names.insert(p.id, p.name);
    QList<PrincipalRow> rows;
    for (const access::Principal &p : principals) {
        PrincipalRow row;
        row.principal = p;
        for (const QString &id : p.type == access::PrincipalType::Group ? p.memberIds : p.groupIds)
            row.memberNames << names.value(id, id);
        row.memberNames.sort(Qt::CaseInsensitive);
        row.createdByName = p.createdBy.isEmpty() ? QString() : names.value(p.createdBy, p.createdBy);
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const PrincipalRow &a, const PrincipalRow &b) {
        const int byName = a.principal.name.compare(b.principal.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.principal.id < b.principal.id;
    });
    applyList(
            rows, [](const PrincipalRow &row) { return row.principal.id; }, same);
    if (meChanged && !m_items.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::FontRole, Qt::ToolTipRole});
}

void PrincipalListModel::clear()
{
    clearItems();
}

QString PrincipalListModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).principal.id;
}

QModelIndex PrincipalListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).principal.id == id)
            return index(i, 0);
    return {};
}

const access::Principal *PrincipalListModel::principal(const QString &id) const
{
    const QModelIndex found = indexOf(id);
    return found.isValid() ? &m_items.at(found.row()).principal : nullptr;
}

QList<access::Principal> PrincipalListModel::principals() const
{
    QList<access::Principal> out;
    for (const PrincipalRow &row : m_items)
        out << row.principal;
    return out;
}

} // namespace coffer::models
