#include "core/rotation/SecretRotationPolicy.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>

namespace coffer::rotation {

namespace {

const QString kGenerator = QStringLiteral("generator");
const QStringList kTopLevelFields
        = {QStringLiteral("id"), QStringLiteral("lifetimeActions"), QStringLiteral("attributes"), kGenerator};

SecretPolicyIssue fromRotation(const ValidationIssue &issue)
{
    return {issue.path, SecretPolicyRule::Rotation, issue.rule, std::nullopt, issue.message};
}

SecretPolicyIssue fromGenerator(const GeneratorIssue &issue)
{
    return {issue.path, SecretPolicyRule::Generator, std::nullopt, issue.rule, issue.message};
}

SecretPolicyIssue rotateNeedsGenerator(int index)
{
    const QString path = QStringLiteral("lifetimeActions[%1].action.type").arg(index);
    return {path, SecretPolicyRule::RotateNeedsGenerator, std::nullopt, std::nullopt,
            QStringLiteral("%1 = 'Rotate' breaks rule '%2': add a \"generator\" object (password or bytes) so that "
                           "a rotation has a new value to store")
                    .arg(path, secretPolicyRuleName(SecretPolicyRule::RotateNeedsGenerator))};
}

QList<SecretPolicyIssue> unknownTopLevel(const QJsonObject &json)
{
    QList<SecretPolicyIssue> issues;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kTopLevelFields.contains(it.key())) {
            issues << SecretPolicyIssue {it.key(), SecretPolicyRule::Rotation, PolicyRule::Syntax, std::nullopt,
                                         QStringLiteral("%1: unknown field (expected %2)")
                                                 .arg(it.key(), kTopLevelFields.join(QStringLiteral(", ")))};
        }
    }
    return issues;
}

QString joinMessages(const QList<SecretPolicyIssue> &issues)
{
    QStringList messages;
    for (const SecretPolicyIssue &issue : issues)
        messages << issue.message;
    return messages.join(QStringLiteral("; "));
}

QJsonObject withoutGenerator(QJsonObject json)
{
    json.remove(kGenerator);
    return json;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    default: return QStringLiteral("null");
    }
}

} // namespace

QString secretPolicyRuleName(SecretPolicyRule rule)
{
    switch (rule) {
    case SecretPolicyRule::Rotation:
    case SecretPolicyRule::Generator: return {};
    case SecretPolicyRule::RotateNeedsGenerator: return QStringLiteral("a Rotate action needs a generator");
    }
    return {};
}

SecretRotationPolicy SecretRotationPolicy::defaultPolicy()
{
    return {RotationPolicy::defaultPolicy(), std::nullopt};
}

bool SecretRotationPolicy::hasRotateAction() const
{
    const QList<LifetimeAction> actions = schedule.effectiveLifetimeActions();
    return std::any_of(actions.begin(), actions.end(),
                       [](const LifetimeAction &action) { return action.type == ActionType::Rotate; });
}

Result<SecretRotationPolicy> SecretRotationPolicy::fromJson(const QJsonObject &json)
{
    QList<SecretPolicyIssue> issues = unknownTopLevel(json);
    SecretRotationPolicy policy;
    Result<RotationPolicy> schedule = RotationPolicy::fromJson(withoutGenerator(json));
    QStringList messages;
    if (schedule)
        policy.schedule = std::move(*schedule);
    else
        messages << schedule.error().context();

    const QJsonValue generator = json.value(kGenerator);
    if (generator.isObject()) {
        Result<SecretGenerator> parsed = SecretGenerator::fromJson(generator.toObject());
        if (parsed)
            policy.generator = std::move(*parsed);
        else
            messages << parsed.error().context();
    } else if (!generator.isUndefined() && !generator.isNull()) {
        messages << QStringLiteral("generator: expected an object, got %1").arg(jsonTypeName(generator));
    }
    if (!issues.isEmpty())
        messages.prepend(joinMessages(issues));
    if (!messages.isEmpty())
        return makeError(ErrorCode::InvalidArgument, messages.join(QStringLiteral("; ")));
    return policy;
}

QJsonObject SecretRotationPolicy::toJson() const
{
    QJsonObject json = schedule.toJson();
    if (generator)
        json.insert(kGenerator, generator->toJson());
    return json;
}

QList<SecretPolicyIssue> SecretRotationPolicy::validateAll(const QDateTime &reference) const
{
    QList<SecretPolicyIssue> issues;
    for (const ValidationIssue &issue : schedule.validateAll(reference))
        issues << fromRotation(issue);
    if (!generator) {
        for (int i = 0; i < schedule.lifetimeActions.size(); ++i) {
            if (schedule.lifetimeActions.at(i).type == ActionType::Rotate)
                issues << rotateNeedsGenerator(i);
        }
    } else {
        for (const GeneratorIssue &issue : generator->validateAll(kGenerator))
            issues << fromGenerator(issue);
    }
    return issues;
}

Result<void> SecretRotationPolicy::validate(const QDateTime &reference) const
{
    const QList<SecretPolicyIssue> issues = validateAll(reference);
    if (issues.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidArgument, joinMessages(issues));
}

QList<SecretPolicyIssue> SecretRotationPolicy::checkJson(const QJsonObject &json, const QDateTime &reference)
{
    QList<SecretPolicyIssue> issues = unknownTopLevel(json);
    for (const ValidationIssue &issue : RotationPolicy::checkJson(withoutGenerator(json), reference))
        issues << fromRotation(issue);

    const QJsonValue generator = json.value(kGenerator);
    if (generator.isObject()) {
        for (const GeneratorIssue &issue : SecretGenerator::checkJson(generator.toObject(), kGenerator))
            issues << fromGenerator(issue);
    } else if (!generator.isUndefined() && !generator.isNull()) {
        issues << fromGenerator({kGenerator, GeneratorRule::Syntax,
                                 QStringLiteral("generator: expected an object, got %1").arg(jsonTypeName(generator))});
    } else {
        // No generator: every action typed Rotate (any casing, as RotationPolicy::fromJson reads it) needs one.
        const QJsonArray actions = json.value(QStringLiteral("lifetimeActions")).toArray();
        for (int i = 0; i < actions.size(); ++i) {
            const QJsonValue type
                    = actions.at(i).toObject().value(QStringLiteral("action")).toObject().value(QStringLiteral("type"));
            if (type.toString().compare(u"rotate", Qt::CaseInsensitive) == 0)
                issues << rotateNeedsGenerator(i);
        }
    }
    return issues;
}

} // namespace coffer::rotation
