#include "models/AccessHoldersModel.h"

#include "models/AccessNames.h"
#include "models/AccessText.h"

#include <QHash>

#include <algorithm>

namespace coffer::models {

namespace {
QString through(const access::Decision &d)
{
    return d.grant ? AccessText::grantText(*d.grant, d.model) : QString();
}

bool same(const HolderRow &a, const HolderRow &b)
{
    return a.type == b.type && a.decision.principalName == b.decision.principalName
            && through(a.decision) == through(b.decision);
}
} // namespace

AccessHoldersModel::AccessHoldersModel(QObject *parent)
    : DiffingTableModel(parent)
{ }

int AccessHoldersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessHoldersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HolderRow &row = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrincipalColumn: return row.decision.principalName;
        case TypeColumn: return AccessNames::principalType(row.type);
        case ThroughColumn: return through(row.decision);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ThroughColumn)
            return AccessText::reason(row.decision);
        return {};
    case IdRole: return row.decision.principalId;
    default: return {};
    }
}

QVariant AccessHoldersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PrincipalColumn: return tr("Principal");
    case TypeColumn: return tr("Type");
    case ThroughColumn: return tr("Through");
    }
    return {};
}

void AccessHoldersModel::setHolders(const QList<access::Decision> &decisions,
                                    const QList<access::Principal> &principals)
{
    QHash<QString, access::PrincipalType> types;
    for (const access::Principal &p : principals)
        types.insert(p.id, p.type);
    QList<HolderRow> rows;
    for (const access::Decision &d : decisions) {
        if (!d.allowed)
            continue;
        HolderRow row;
        row.decision = d;
        if (row.decision.principalName.isEmpty())
            row.decision.principalName = d.principalId;
        row.type = types.value(d.principalId, access::PrincipalType::User);
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const HolderRow &a, const HolderRow &b) {
        const int byName = a.decision.principalName.compare(b.decision.principalName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.decision.principalId < b.decision.principalId;
    });
    applyList(
            rows, [](const HolderRow &row) { return row.decision.principalId; }, same);
}

void AccessHoldersModel::clear()
{
    clearItems();
}

QString AccessHoldersModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).decision.principalId;
}

QModelIndex AccessHoldersModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).decision.principalId == id)
            return index(i, 0);
    return {};
}

} // namespace coffer::models
