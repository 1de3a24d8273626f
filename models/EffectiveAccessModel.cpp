#include "models/EffectiveAccessModel.h"

#include "models/AccessNames.h"
#include "models/AccessText.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace coffer::models {

namespace {
QString key(const access::Decision &decision)
{
    return access::operationInfo(decision.operation).name;
}

bool same(const access::Decision &a, const access::Decision &b)
{
    return a.allowed == b.allowed && a.principalId == b.principalId && a.resource == b.resource && a.model == b.model
            && a.required == b.required && a.held == b.held && a.rolesThatGrant == b.rolesThatGrant
            && a.denialDetail == b.denialDetail && a.grant.has_value() == b.grant.has_value()
            && (!a.grant
                || (a.grant->assignmentId == b.grant->assignmentId && a.grant->permission == b.grant->permission
                    && a.grant->viaGroupId == b.grant->viaGroupId && a.grant->source == b.grant->source));
}
} // namespace

EffectiveAccessModel::EffectiveAccessModel(QObject *parent)
    : DiffingTableModel(parent)
{ }

int EffectiveAccessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectiveAccessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const access::Decision &d = m_items.at(index.row());
    const access::OperationInfo &info = access::operationInfo(d.operation);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OperationColumn: return AccessNames::operationTitle(d.operation);
        case AccessColumn: return AccessText::verdict(d.allowed);
        case ReasonColumn: return AccessText::reason(d);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OperationColumn: return d.required.isEmpty() ? info.name : tr("%1: needs %2").arg(info.name, d.required);
        case ReasonColumn: return AccessText::reason(d);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AccessColumn)
            return QBrush(d.allowed ? QColor(0x1e, 0x6b, 0x1e) : QColor(0xa8, 0x00, 0x1c));
        return {};
    case IdRole: return info.name;
    case AllowedRole: return d.allowed;
    case OperationRole: return int(d.operation);
    case RequiredRole: return d.required;
    default: return {};
    }
}

QVariant EffectiveAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OperationColumn: return tr("Operation");
    case AccessColumn: return tr("Access");
    case ReasonColumn: return tr("Why");
    }
    return {};
}

void EffectiveAccessModel::setDecisions(const QList<access::Decision> &decisions)
{
    QList<access::Decision> sorted = decisions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const access::Decision &a, const access::Decision &b) {
        return int(a.operation) < int(b.operation);
    });
    applyList(sorted, key, same);
}

void EffectiveAccessModel::clear()
{
    clearItems();
}

QString EffectiveAccessModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return key(m_items.at(index.row()));
}

QModelIndex EffectiveAccessModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (key(m_items.at(i)).compare(id, Qt::CaseInsensitive) == 0)
            return index(i, 0);
    return {};
}

const access::Decision *EffectiveAccessModel::decision(access::Operation operation) const
{
    for (const access::Decision &d : m_items)
        if (d.operation == operation)
            return &d;
    return nullptr;
}

int EffectiveAccessModel::allowedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const access::Decision &d) { return d.allowed; }));
}

} // namespace coffer::models
