#include "core/audit/AuditFilter.h"

#include "core/audit/AuditSql.h"
#include "core/audit/CanonicalJson.h"

#include <QJsonArray>

namespace coffer::audit {

bool AuditFilter::selectsWholeRange() const
{
    return operations.isEmpty() && principals.isEmpty() && results.isEmpty() && targetContains.isEmpty();
}

bool AuditFilter::matches(const AuditRecord &r) const
{
    const qint64 ms = r.time.toMSecsSinceEpoch();
    if (from.isValid() && ms < from.toMSecsSinceEpoch())
        return false;
    if (to.isValid() && ms >= to.toMSecsSinceEpoch())
        return false;
    if (fromSequence > 0 && r.sequence < fromSequence)
        return false;
    if (toSequence > 0 && r.sequence > toSequence)
        return false;
    if (!operations.isEmpty() && !operations.contains(r.operation))
        return false;
    if (!principals.isEmpty() && !principals.contains(r.principalId) && !principals.contains(r.principalName))
        return false;
    if (!results.isEmpty() && !results.contains(r.result))
        return false;
    if (!targetContains.isEmpty() && !detail::asciiLower(r.target).contains(detail::asciiLower(targetContains)))
        return false;
    return true;
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    if (from.isValid())
        o.insert(QStringLiteral("from"), QString::fromLatin1(canonical::isoTime(from)));
    if (to.isValid())
        o.insert(QStringLiteral("to"), QString::fromLatin1(canonical::isoTime(to)));
    if (fromSequence > 0)
        o.insert(QStringLiteral("fromSequence"), fromSequence);
    if (toSequence > 0)
        o.insert(QStringLiteral("toSequence"), toSequence);
    if (!operations.isEmpty())
        o.insert(QStringLiteral("operations"), QJsonArray::fromStringList(operations));
    if (!principals.isEmpty())
        o.insert(QStringLiteral("principals"), QJsonArray::fromStringList(principals));
    if (!results.isEmpty()) {
        QJsonArray names;
        for (AuditResult result : results)
            names.append(auditResultName(result));
        o.insert(QStringLiteral("results"), names);
    }
    if (!targetContains.isEmpty())
        o.insert(QStringLiteral("targetContains"), targetContains);
    return o;
}

namespace detail {

QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

namespace {

void appendIn(SqlWhere &where, const char *column, const QStringList &values)
{
    where.expression.append(" AND ").append(column).append(" IN (");
    for (qsizetype i = 0; i < values.size(); ++i) {
        where.expression.append(i ? ",?" : "?");
        where.values.append(values.at(i));
    }
    where.expression.append(')');
}

} // namespace

SqlWhere buildWhere(const AuditFilter &f)
{
    SqlWhere where;
    where.expression = "1";
    if (f.from.isValid()) {
        where.expression.append(" AND time_ms >= ?");
        where.values.append(f.from.toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        where.expression.append(" AND time_ms < ?");
        where.values.append(f.to.toMSecsSinceEpoch());
    }
    if (f.fromSequence > 0) {
        where.expression.append(" AND seq >= ?");
        where.values.append(f.fromSequence);
    }
    if (f.toSequence > 0) {
        where.expression.append(" AND seq <= ?");
        where.values.append(f.toSequence);
    }
    if (!f.operations.isEmpty())
        appendIn(where, "operation", f.operations);
    if (!f.principals.isEmpty()) {
        // (principal_id IN (…) OR principal_name IN (…)): appendIn's " AND " is replaced by the OR form.
        SqlWhere ids;
        appendIn(ids, "principal_id", f.principals);
        SqlWhere names;
        appendIn(names, "principal_name", f.principals);
        where.expression.append(" AND (").append(ids.expression.mid(5)).append(" OR ").append(names.expression.mid(5));
        where.expression.append(')');
        where.values.append(ids.values);
        where.values.append(names.values);
    }
    if (!f.results.isEmpty()) {
        QStringList names;
        for (AuditResult result : f.results)
            names.append(auditResultName(result));
        appendIn(where, "result", names);
    }
    if (!f.targetContains.isEmpty()) {
        // SQLite's lower() folds ASCII only, as asciiLower does.
        where.expression.append(" AND instr(lower(target), ?) > 0");
        where.values.append(asciiLower(f.targetContains));
    }
    return where;
}

int bindWhere(storage::Statement &statement, const SqlWhere &where, int first)
{
    for (const QVariant &value : where.values) {
        if (value.userType() == QMetaType::QString)
            statement.bind(first++, value.toString());
        else
            statement.bind(first++, value.toLongLong());
    }
    return first;
}

AuditFilter rangeOnly(const AuditFilter &filter)
{
    AuditFilter range;
    range.from = filter.from;
    range.to = filter.to;
    range.fromSequence = filter.fromSequence;
    range.toSequence = filter.toSequence;
    return range;
}

} // namespace detail

} // namespace coffer::audit
