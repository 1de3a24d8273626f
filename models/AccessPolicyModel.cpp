#include "models/AccessPolicyModel.h"

#include "models/AccessNames.h"
#include "models/TimeFormat.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace coffer::models {

namespace {
std::optional<access::PolicyFamily> familyOfColumn(int column)
{
    switch (column) {
    case AccessPolicyModel::KeysColumn: return access::PolicyFamily::Keys;
    case AccessPolicyModel::SecretsColumn: return access::PolicyFamily::Secrets;
    case AccessPolicyModel::CertificatesColumn: return access::PolicyFamily::Certificates;
    default: return std::nullopt;
    }
}

bool same(const PolicyRow &a, const PolicyRow &b)
{
    return a.principalName == b.principalName && a.principalType == b.principalType && a.entry.keys == b.entry.keys
            && a.entry.secrets == b.entry.secrets && a.entry.certificates == b.entry.certificates
            && a.entry.updated == b.entry.updated;
}
} // namespace

AccessPolicyModel::AccessPolicyModel(QObject *parent)
    : DiffingTableModel(parent)
{ }

int AccessPolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccessPolicyModel::permissionsText(access::PolicyFamily family, const QStringList &permissions)
{
    if (permissions.isEmpty())
        return tr("None");
    QStringList allButPurge = access::policyPermissions(family);
    allButPurge.removeAll(QStringLiteral("purge"));
    bool everyOne = true;
    for (const QString &permission : std::as_const(allButPurge))
        everyOne = everyOne && permissions.contains(permission, Qt::CaseInsensitive);
    if (everyOne)
        return permissions.contains(QStringLiteral("purge"), Qt::CaseInsensitive) ? tr("All, with purge")
                                                                                  : tr("All except purge");
    return permissions.join(QStringLiteral(", "));
}

QVariant AccessPolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyRow &row = m_items.at(index.row());
    const auto family = familyOfColumn(index.column());
    const QDateTime updated = QDateTime::fromSecsSinceEpoch(row.entry.updated, Qt::UTC);
    switch (role) {
    case Qt::DisplayRole:
        if (family)
            return permissionsText(*family, row.entry.permissions(*family));
        switch (index.column()) {
        case PrincipalColumn: return row.principalName;
        case TypeColumn: return AccessNames::principalType(row.principalType);
        case UpdatedColumn: return formatTime(updated);
        }
        return {};
    case Qt::ToolTipRole:
        if (family)
            return row.entry.permissions(*family).join(QStringLiteral(", "));
        if (index.column() == UpdatedColumn)
            return formatTimeUtc(updated);
        return {};
    case IdRole: return row.entry.principalId;
    case PermissionsRole:
        if (family)
            return row.entry.permissions(*family);
        return {};
    default: return {};
    }
}

QVariant AccessPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (const auto family = familyOfColumn(section))
        return AccessNames::policyFamilyTitle(*family);
    switch (section) {
    case PrincipalColumn: return tr("Principal");
    case TypeColumn: return tr("Type");
    case UpdatedColumn: return tr("Updated");
    }
    return {};
}

void AccessPolicyModel::setPolicies(const QList<access::AccessPolicyEntry> &policies,
                                    const QList<access::Principal> &principals)
{
    QHash<QString, const access::Principal *> byId;
    for (const access::Principal &p : principals)
        byId.insert(p.id, &p);
    QList<PolicyRow> rows;
    for (const access::AccessPolicyEntry &entry : policies) {
        PolicyRow row;
        row.entry = entry;
        if (const access::Principal *p = byId.value(entry.principalId)) {
            row.principalName = p->name;
            row.principalType = p->type;
        } else {
            row.principalName = entry.principalId;
        }
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const PolicyRow &a, const PolicyRow &b) {
        const int byName = a.principalName.compare(b.principalName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.entry.principalId < b.entry.principalId;
    });
    applyList(
            rows, [](const PolicyRow &row) { return row.entry.principalId; }, same);
}

void AccessPolicyModel::clear()
{
    clearItems();
}

QString AccessPolicyModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).entry.principalId;
}

QModelIndex AccessPolicyModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).entry.principalId == id)
            return index(i, 0);
    return {};
}

const PolicyRow *AccessPolicyModel::row(const QString &principalId) const
{
    const QModelIndex found = indexOf(principalId);
    return found.isValid() ? &m_items.at(found.row()) : nullptr;
}

} // namespace coffer::models
