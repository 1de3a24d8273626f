#include "core/rotation/RotationPolicy.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace coffer::rotation {

namespace {

const QString kLifetimeActions = QStringLiteral("lifetimeActions");
const QString kTrigger = QStringLiteral("trigger");
const QString kAction = QStringLiteral("action");
const QString kType = QStringLiteral("type");
const QString kTimeAfterCreate = QStringLiteral("timeAfterCreate");
const QString kTimeBeforeExpiry = QStringLiteral("timeBeforeExpiry");
const QString kAttributes = QStringLiteral("attributes");
const QString kExpiryTime = QStringLiteral("expiryTime");
const QString kCreated = QStringLiteral("created");
const QString kUpdated = QStringLiteral("updated");
const QString kId = QStringLiteral("id");

QString actionPath(int index)
{
    return QStringLiteral("%1[%2]").arg(kLifetimeActions).arg(index);
}

QString triggerPath(int index, const QString &field = {})
{
    const QString base = actionPath(index) + u'.' + kTrigger;
    return field.isEmpty() ? base : base + u'.' + field;
}

ValidationIssue ruleIssue(const QString &path, PolicyRule rule, const QString &value, const QString &why)
{
    const QString subject = value.isEmpty() ? path : QStringLiteral("%1 = '%2'").arg(path, value);
    return {path, rule, QStringLiteral("%1 breaks rule '%2': %3").arg(subject, policyRuleName(rule), why)};
}

ValidationIssue syntaxIssue(const QString &path, const QString &what)
{
    return {path, PolicyRule::Syntax, QStringLiteral("%1: %2").arg(path, what)};
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("null");
    }
}

// A duration field: absent or null = no value; a string that parses; anything else = an issue.
std::optional<IsoDuration> readDuration(const QJsonObject &object, const QString &key, const QString &path,
                                        QList<ValidationIssue> &issues)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        issues << syntaxIssue(
                path,
                QStringLiteral("expected an ISO 8601 duration string (e.g. P90D), got %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    Result<IsoDuration> duration = IsoDuration::parse(value.toString());
    if (!duration) {
        issues << syntaxIssue(path, duration.error().context());
        return std::nullopt;
    }
    return *duration;
}

std::optional<QDateTime> readEpoch(const QJsonObject &object, const QString &key, const QString &path,
                                   QList<ValidationIssue> &issues)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double secs = value.toDouble(-1);
    if (!value.isDouble() || secs < 0 || secs != double(qint64(secs)) || secs > 253402300799.0) {
        const QString got = value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : jsonTypeName(value);
        issues << syntaxIssue(path, QStringLiteral("expected whole epoch seconds, got %1").arg(got));
        return std::nullopt;
    }
    return QDateTime::fromSecsSinceEpoch(qint64(secs), Qt::UTC);
}

void rejectUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &path,
                       QList<ValidationIssue> &issues)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            issues << syntaxIssue(
                    path + u'.' + it.key(),
                    QStringLiteral("unknown field (expected %1)").arg(known.join(QStringLiteral(" or "))));
    }
}

// Reads lifetimeActions[index]; nullopt (with issues) when any part of it is malformed.
std::optional<LifetimeAction> readAction(const QJsonValue &value, int index, QList<ValidationIssue> &issues)
{
    if (!value.isObject()) {
        issues << syntaxIssue(actionPath(index), QStringLiteral("expected an object, got %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const qsizetype issuesBefore = issues.size();
    const QJsonObject object = value.toObject();
    LifetimeAction action;

    const QJsonValue trigger = object.value(kTrigger);
    if (trigger.isObject()) {
        const QJsonObject t = trigger.toObject();
        rejectUnknownKeys(t, {kTimeAfterCreate, kTimeBeforeExpiry}, triggerPath(index), issues);
        action.trigger.timeAfterCreate
                = readDuration(t, kTimeAfterCreate, triggerPath(index, kTimeAfterCreate), issues);
        action.trigger.timeBeforeExpiry
                = readDuration(t, kTimeBeforeExpiry, triggerPath(index, kTimeBeforeExpiry), issues);
    } else if (!trigger.isUndefined() && !trigger.isNull()) {
        issues << syntaxIssue(triggerPath(index),
                              QStringLiteral("expected an object, got %1").arg(jsonTypeName(trigger)));
    }

    const QString typePath = actionPath(index) + u'.' + kAction + u'.' + kType;
    const QJsonValue actionValue = object.value(kAction);
    const QJsonValue type = actionValue.toObject().value(kType);
    if (!actionValue.isObject()) {
        issues << syntaxIssue(actionPath(index) + u'.' + kAction,
                              QStringLiteral("expected an object {\"type\": \"Rotate\" or \"Notify\"}, got %1")
                                      .arg(jsonTypeName(actionValue)));
    } else if (!type.isString()) {
        issues << syntaxIssue(typePath,
                              QStringLiteral("expected \"Rotate\" or \"Notify\", got %1").arg(jsonTypeName(type)));
    } else if (type.toString().compare(u"rotate", Qt::CaseInsensitive) == 0) {
        action.type = ActionType::Rotate;
    } else if (type.toString().compare(u"notify", Qt::CaseInsensitive) == 0) {
        action.type = ActionType::Notify;
    } else {
        issues << syntaxIssue(typePath,
                              QStringLiteral("'%1' is not an action type (Rotate or Notify)").arg(type.toString()));
    }
    if (issues.size() != issuesBefore)
        return std::nullopt;
    return action;
}

// The parse shared by fromJson and checkJson. jsonIndex[i] is the JSON index of policy.lifetimeActions[i]
// (malformed actions are left out of the policy so that the rules do not report them twice).
struct Parsed
{
    RotationPolicy policy;
    QList<int> jsonIndex;
    QList<ValidationIssue> issues;
    bool expiryTimeMalformed = false;
};

Parsed parse(const QJsonObject &json)
{
    Parsed out;
    const QJsonValue id = json.value(kId);
    if (id.isString())
        out.policy.id = id.toString();
    else if (!id.isUndefined() && !id.isNull())
        out.issues << syntaxIssue(kId, QStringLiteral("expected a string, got %1").arg(jsonTypeName(id)));

    const QJsonValue actions = json.value(kLifetimeActions);
    if (actions.isArray()) {
        const QJsonArray array = actions.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (std::optional<LifetimeAction> action = readAction(array.at(i), i, out.issues)) {
                out.policy.lifetimeActions << *action;
                out.jsonIndex << i;
            }
        }
    } else if (!actions.isUndefined() && !actions.isNull()) {
        out.issues << syntaxIssue(kLifetimeActions,
                                  QStringLiteral("expected an array, got %1").arg(jsonTypeName(actions)));
    }

    const QJsonValue attributes = json.value(kAttributes);
    if (attributes.isObject()) {
        const QJsonObject a = attributes.toObject();
        const qsizetype before = out.issues.size();
        out.policy.expiryTime = readDuration(a, kExpiryTime, kAttributes + u'.' + kExpiryTime, out.issues);
        out.expiryTimeMalformed = out.issues.size() != before;
        out.policy.created = readEpoch(a, kCreated, kAttributes + u'.' + kCreated, out.issues);
        out.policy.updated = readEpoch(a, kUpdated, kAttributes + u'.' + kUpdated, out.issues);
    } else if (!attributes.isUndefined() && !attributes.isNull()) {
        out.issues << syntaxIssue(kAttributes,
                                  QStringLiteral("expected an object, got %1").arg(jsonTypeName(attributes)));
    }
    return out;
}

QList<ValidationIssue> checkRules(const RotationPolicy &policy, const QDateTime &reference, const QList<int> &jsonIndex)
{
    QList<ValidationIssue> issues;
    const IsoDuration sevenDays = IsoDuration::ofDays(7);
    const std::optional<IsoDuration> &expiryTime = policy.expiryTime;

    if (expiryTime && !expiryTime->atLeast(IsoDuration::ofDays(28), reference)) {
        issues << ruleIssue(kAttributes + u'.' + kExpiryTime, PolicyRule::MinExpiryTime, expiryTime->toString(),
                            QStringLiteral("versions made by rotation must live at least 28 days"));
    }

    int firstOfType[2] = {-1, -1};
    for (int i = 0; i < policy.lifetimeActions.size(); ++i) {
        const LifetimeAction &action = policy.lifetimeActions.at(i);
        const int at = jsonIndex.isEmpty() ? i : jsonIndex.at(i);
        const QString typeName = actionTypeName(action.type);

        int &first = firstOfType[action.type == ActionType::Rotate ? 0 : 1];
        if (first >= 0) {
            issues << ruleIssue(actionPath(at) + u'.' + kAction + u'.' + kType, PolicyRule::OneActionPerType, typeName,
                                QStringLiteral("%1 is already a %2 action").arg(actionPath(first), typeName));
        } else {
            first = at;
        }

        const auto &after = action.trigger.timeAfterCreate;
        const auto &before = action.trigger.timeBeforeExpiry;
        if (!after && !before) {
            issues << ruleIssue(triggerPath(at), PolicyRule::ExactlyOneTrigger, {},
                                QStringLiteral("set timeAfterCreate or timeBeforeExpiry"));
        } else if (after && before) {
            issues << ruleIssue(triggerPath(at), PolicyRule::ExactlyOneTrigger,
                                QStringLiteral("timeAfterCreate %1, timeBeforeExpiry %2")
                                        .arg(after->toString(), before->toString()),
                                QStringLiteral("keep only one of the two"));
        }

        if (after) {
            if (action.type == ActionType::Notify) {
                issues << ruleIssue(triggerPath(at, kTimeAfterCreate), PolicyRule::AfterCreateOnlyForRotate,
                                    after->toString(),
                                    QStringLiteral("Notify fires only before expiry; use timeBeforeExpiry"));
            } else if (!after->atLeast(sevenDays, reference)) {
                issues << ruleIssue(triggerPath(at, kTimeAfterCreate), PolicyRule::MinTimeAfterCreate,
                                    after->toString(),
                                    QStringLiteral("a version must live at least 7 days before it is rotated"));
            }
        }

        if (before) {
            const QString path = triggerPath(at, kTimeBeforeExpiry);
            if (!before->atLeast(sevenDays, reference)) {
                issues << ruleIssue(path, PolicyRule::MinTimeBeforeExpiry, before->toString(),
                                    QStringLiteral("the %1 must come at least 7 days before expiry")
                                            .arg(action.type == ActionType::Rotate ? QStringLiteral("rotation")
                                                                                   : QStringLiteral("notification")));
            }
            if (!expiryTime && action.type == ActionType::Rotate) {
                issues << ruleIssue(path, PolicyRule::BeforeExpiryNeedsExpiryTime, before->toString(),
                                    QStringLiteral("set attributes.expiryTime, or versions made by rotation have no "
                                                   "expiry and the trigger never fires again"));
            }
            if (expiryTime) {
                // A version made at `reference` expires at reference + expiryTime; the trigger must fire no sooner
                // than 7 days after the version was made.
                const QDateTime fires = before->subtractFrom(expiryTime->addTo(reference));
                if (fires < sevenDays.addTo(reference)) {
                    issues << ruleIssue(path, PolicyRule::BeforeExpiryWithinExpiryTime, before->toString(),
                                        QStringLiteral("with expiryTime %1 a new version would reach it less than 7 "
                                                       "days after it is made")
                                                .arg(expiryTime->toString()));
                }
            }
        }
    }
    return issues;
}

} // namespace

QString actionTypeName(ActionType type)
{
    return type == ActionType::Rotate ? QStringLiteral("Rotate") : QStringLiteral("Notify");
}

QString triggerKindName(TriggerKind kind)
{
    return kind == TriggerKind::AfterCreate ? kTimeAfterCreate : kTimeBeforeExpiry;
}

QString policyRuleName(PolicyRule rule)
{
    switch (rule) {
    case PolicyRule::Syntax: return QStringLiteral("policy JSON shape");
    case PolicyRule::ExactlyOneTrigger: return QStringLiteral("exactly one trigger per action");
    case PolicyRule::AfterCreateOnlyForRotate: return QStringLiteral("timeAfterCreate only for Rotate");
    case PolicyRule::OneActionPerType: return QStringLiteral("at most one Rotate and one Notify action");
    case PolicyRule::MinTimeAfterCreate: return QStringLiteral("timeAfterCreate >= P7D");
    case PolicyRule::MinTimeBeforeExpiry: return QStringLiteral("timeBeforeExpiry >= P7D");
    case PolicyRule::BeforeExpiryNeedsExpiryTime: return QStringLiteral("a Rotate before expiry needs expiryTime");
    case PolicyRule::BeforeExpiryWithinExpiryTime: return QStringLiteral("timeBeforeExpiry <= expiryTime - P7D");
    case PolicyRule::MinExpiryTime: return QStringLiteral("expiryTime >= P28D");
    }
    return {};
}

LifetimeAction LifetimeAction::rotateAfterCreate(const IsoDuration &after)
{
    LifetimeAction action;
    action.trigger.timeAfterCreate = after;
    action.type = ActionType::Rotate;
    return action;
}

LifetimeAction LifetimeAction::rotateBeforeExpiry(const IsoDuration &before)
{
    LifetimeAction action;
    action.trigger.timeBeforeExpiry = before;
    action.type = ActionType::Rotate;
    return action;
}

LifetimeAction LifetimeAction::notifyBeforeExpiry(const IsoDuration &before)
{
    LifetimeAction action;
    action.trigger.timeBeforeExpiry = before;
    action.type = ActionType::Notify;
    return action;
}

RotationPolicy RotationPolicy::defaultPolicy()
{
    RotationPolicy policy;
    policy.lifetimeActions = {LifetimeAction::notifyBeforeExpiry(IsoDuration::ofDays(30))};
    return policy;
}

QList<LifetimeAction> RotationPolicy::effectiveLifetimeActions() const
{
    return lifetimeActions.isEmpty() ? defaultPolicy().lifetimeActions : lifetimeActions;
}

Result<RotationPolicy> RotationPolicy::fromJson(const QJsonObject &json)
{
    Parsed parsed = parse(json);
    if (!parsed.issues.isEmpty()) {
        QStringList messages;
        for (const ValidationIssue &issue : std::as_const(parsed.issues))
            messages << issue.message;
        return makeError(ErrorCode::InvalidArgument, messages.join(QStringLiteral("; ")));
    }
    return std::move(parsed.policy);
}

QJsonObject RotationPolicy::toJson() const
{
    QJsonArray actions;
    for (const LifetimeAction &action : lifetimeActions) {
        QJsonObject trigger;
        if (action.trigger.timeAfterCreate)
            trigger.insert(kTimeAfterCreate, action.trigger.timeAfterCreate->toString());
        if (action.trigger.timeBeforeExpiry)
            trigger.insert(kTimeBeforeExpiry, action.trigger.timeBeforeExpiry->toString());
        actions.append(
                QJsonObject {{kTrigger, trigger}, {kAction, QJsonObject {{kType, actionTypeName(action.type)}}}});
    }
    QJsonObject attributes;
    if (expiryTime)
        attributes.insert(kExpiryTime, expiryTime->toString());
    if (created)
        attributes.insert(kCreated, created->toSecsSinceEpoch());
    if (updated)
        attributes.insert(kUpdated, updated->toSecsSinceEpoch());

    QJsonObject json {{kLifetimeActions, actions}, {kAttributes, attributes}};
    if (!id.isEmpty())
        json.insert(kId, id);
    return json;
}

QList<ValidationIssue> RotationPolicy::validateAll(const QDateTime &reference) const
{
    return checkRules(*this, reference, {});
}

Result<void> RotationPolicy::validate(const QDateTime &reference) const
{
    const QList<ValidationIssue> issues = validateAll(reference);
    if (issues.isEmpty())
        return {};
    QStringList messages;
    for (const ValidationIssue &issue : issues)
        messages << issue.message;
    return makeError(ErrorCode::InvalidArgument, messages.join(QStringLiteral("; ")));
}

QList<ValidationIssue> RotationPolicy::checkJson(const QJsonObject &json, const QDateTime &reference)
{
    const Parsed parsed = parse(json);
    QList<ValidationIssue> issues = parsed.issues;
    for (const ValidationIssue &issue : checkRules(parsed.policy, reference, parsed.jsonIndex)) {
        // A malformed expiryTime is reported once, as syntax, not again as "missing".
        if (issue.rule == PolicyRule::BeforeExpiryNeedsExpiryTime && parsed.expiryTimeMalformed)
            continue;
        issues << issue;
    }
    return issues;
}

} // namespace coffer::rotation
