#include "models/RoleAssignmentModel.h"

#include "core/access/Roles.h"
#include "models/AccessNames.h"
#include "models/TimeFormat.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace coffer::models {

namespace {
QString sortKey(const AssignmentRow &row)
{
    return row.principalName.toLower() + u'\n' + row.roleName.toLower() + u'\n' + row.assignment.scope.key() + u'\n'
            + row.assignment.id;
}

bool same(const AssignmentRow &a, const AssignmentRow &b)
{
    return a.principalName == b.principalName && a.principalType == b.principalType && a.roleName == b.roleName
            && a.assignment.scope == b.assignment.scope && a.assignment.created == b.assignment.created;
}
} // namespace

RoleAssignmentModel::RoleAssignmentModel(QObject *parent)
    : DiffingTableModel(parent)
{ }

int RoleAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssignmentRow &row = m_items.at(index.row());
    const QDateTime created = QDateTime::fromSecsSinceEpoch(row.assignment.created, Qt::UTC);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrincipalColumn: return row.principalName;
        case TypeColumn: return AccessNames::principalType(row.principalType);
        case RoleColumn: return row.roleName;
        case ScopeColumn: return row.assignment.scope.toString();
        case CreatedColumn: return formatTime(created);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RoleColumn:
            if (const access::RoleDefinition *definition = access::roles::find(row.assignment.roleId))
                return AccessNames::roleDescription(*definition);
            return {};
        case ScopeColumn: return AccessNames::scopeText(row.assignment.scope);
        case CreatedColumn: return formatTimeUtc(created);
        }
        return {};
    case IdRole: return row.assignment.id;
    case PrincipalIdRole: return row.assignment.principalId;
    case RoleIdRole: return row.assignment.roleId;
    case ScopeRole: return row.assignment.scope.toString();
    default: return {};
    }
}

QVariant RoleAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PrincipalColumn: return tr("Principal");
    case TypeColumn: return tr("Type");
    case RoleColumn: return tr("Role");
    case ScopeColumn: return tr("Scope");
    case CreatedColumn: return tr("Assigned");
    }
    return {};
}

void RoleAssignmentModel::setAssignments(const QList<access::RoleAssignment> &assignments,
                                         const QList<access::Principal> &principals)
{
    QHash<QString, const access::Principal *> byId;
    for (const access::Principal &p : principals)
        byId.insert(p.id, &p);
    QList<AssignmentRow> rows;
    rows.reserve(assignments.size());
    for (const access::RoleAssignment &assignment : assignments) {
        AssignmentRow row;
        row.assignment = assignment;
        if (const access::Principal *p = byId.value(assignment.principalId)) {
            row.principalName = p->name;
            row.principalType = p->type;
        } else {
            row.principalName = assignment.principalId; // removed meanwhile: show the id
        }
        const access::RoleDefinition *definition = access::roles::find(assignment.roleId);
        row.roleName = definition ? definition->name : assignment.roleId;
        rows << row;
    }
    std::sort(rows.begin(), rows.end(),
              [](const AssignmentRow &a, const AssignmentRow &b) { return sortKey(a) < sortKey(b); });
    applyList(
            rows, [](const AssignmentRow &row) { return row.assignment.id; }, same);
}

void RoleAssignmentModel::clear()
{
    clearItems();
}

QString RoleAssignmentModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).assignment.id;
}

QModelIndex RoleAssignmentModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).assignment.id == id)
            return index(i, 0);
    return {};
}

const AssignmentRow *RoleAssignmentModel::row(const QString &id) const
{
    const QModelIndex found = indexOf(id);
    return found.isValid() ? &m_items.at(found.row()) : nullptr;
}

} // namespace coffer::models
