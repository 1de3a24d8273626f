#pragma once

#include "core/common/Result.h"
#include "core/rotation/IsoDuration.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::rotation {

// Azure Key Vault's key rotation policy (REST 7.4 KeyRotationPolicy), usable for any object kind that has
// versions with an expiry (keys now; secrets and certificates later). Sources: shared/reference/
// azure-key-vault.md §1.9 [ROT]; .dev/research/keys-pkcs11.md §6.
//
// JSON (Azure's shape, and the file `az keyvault key rotation-policy update --value` takes):
//   {"id": ".../keys/k/rotationpolicy",
//    "lifetimeActions": [{"trigger": {"timeAfterCreate": "P18M"}, "action": {"type": "Rotate"}},
//                        {"trigger": {"timeBeforeExpiry": "P30D"}, "action": {"type": "Notify"}}],
//    "attributes": {"expiryTime": "P2Y", "created": 1482188947, "updated": 1482188947}}

enum class ActionType { Rotate, Notify };
QString actionTypeName(ActionType type); // "Rotate", "Notify" (Azure's casing)

enum class TriggerKind { AfterCreate, BeforeExpiry };
QString triggerKindName(TriggerKind kind); // "timeAfterCreate", "timeBeforeExpiry"

// Exactly one of the two is set in a valid policy; the model can hold any combination so that the policy
// editor can show what is wrong.
struct LifetimeTrigger
{
    std::optional<IsoDuration> timeAfterCreate; // Rotate only
    std::optional<IsoDuration> timeBeforeExpiry; // Rotate or Notify; fires only when the version has an expiry

    friend bool operator==(const LifetimeTrigger &, const LifetimeTrigger &) = default;
};

struct LifetimeAction
{
    LifetimeTrigger trigger;
    ActionType type = ActionType::Rotate;

    static LifetimeAction rotateAfterCreate(const IsoDuration &after);
    static LifetimeAction rotateBeforeExpiry(const IsoDuration &before);
    static LifetimeAction notifyBeforeExpiry(const IsoDuration &before);

    friend bool operator==(const LifetimeAction &, const LifetimeAction &) = default;
};

// The rules validateAll checks. The rule's name (policyRuleName) is in every message.
enum class PolicyRule {
    Syntax, // fromJson/checkJson only: wrong JSON type, unknown action type, not a duration, unknown field
    ExactlyOneTrigger, // each action has exactly one of timeAfterCreate / timeBeforeExpiry
    AfterCreateOnlyForRotate, // Notify fires only before expiry: a Notify action needs timeBeforeExpiry
    OneActionPerType, // at most one Rotate and one Notify action
    MinTimeAfterCreate, // timeAfterCreate >= P7D
    MinTimeBeforeExpiry, // timeBeforeExpiry >= P7D
    BeforeExpiryNeedsExpiryTime, // a Rotate before expiry needs attributes.expiryTime
    BeforeExpiryWithinExpiryTime, // timeBeforeExpiry <= expiryTime - P7D
    MinExpiryTime, // expiryTime >= P28D
};
QString policyRuleName(PolicyRule rule); // e.g. "timeAfterCreate >= P7D"

struct ValidationIssue
{
    QString path; // JSON path: "lifetimeActions[1].trigger.timeBeforeExpiry", "attributes.expiryTime"
    PolicyRule rule = PolicyRule::Syntax;
    QString message; // English: "<path> = 'P5D' breaks rule '<rule>': <why>"

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

struct RotationPolicy
{
    QString id; // ".../keys/{name}/rotationpolicy"; empty for a policy not yet stored
    QList<LifetimeAction> lifetimeActions; // empty = Azure's default policy (see effectiveLifetimeActions)
    std::optional<IsoDuration> expiryTime; // expiry of versions made by rotation; never touches the current one
    std::optional<QDateTime> created; // UTC, whole seconds
    std::optional<QDateTime> updated;

    // Azure's default policy, what GET returns for a key whose policy was never set or was reset with an empty
    // lifetimeActions list: Notify 30 days before expiry, no expiryTime, no Rotate. Source: the service's GET
    // response for a key without policy (mondoohq/mql#6357 shows `{"lifetimeActions":[{"trigger":
    // {"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],"attributes":{}}`); lowkey-vault#181 "Notification
    // is 30 days before expiry by default"; an empty list resets to the default (JS KeyRotationPolicyProperties).
    static RotationPolicy defaultPolicy();
    // lifetimeActions, or the default policy's actions when the list is empty: what the planner runs.
    QList<LifetimeAction> effectiveLifetimeActions() const;

    // Structure only (types, field names, durations, action names); the rules are validate()'s job, so a stored
    // policy always loads. Action type is case-insensitive ("rotate", "Rotate", "NOTIFY"); a trigger value of
    // null counts as absent (the az example has `"timeBeforeExpiry": null`); "attributes.created/updated" are
    // epoch seconds. InvalidArgument names the path and the value.
    static Result<RotationPolicy> fromJson(const QJsonObject &json);
    // Azure's shape and casing; absent parts are left out (no nulls); "attributes" is always present (may be {}).
    QJsonObject toJson() const;

    // Every rule problem, in policy order, with its JSON path. `reference` is the date calendar durations are
    // measured from (P1M >= P30D depends on the month): pass the time the policy is set (clock now).
    QList<ValidationIssue> validateAll(const QDateTime &reference) const;
    // The same rules as one InvalidArgument whose context lists every issue ("; "), or success.
    Result<void> validate(const QDateTime &reference) const;
    // Syntax and rule problems of a JSON text being edited, all at once (the console's editor validates as the
    // user types): parse problems as PolicyRule::Syntax, then the rules of what did parse.
    static QList<ValidationIssue> checkJson(const QJsonObject &json, const QDateTime &reference);

    friend bool operator==(const RotationPolicy &, const RotationPolicy &) = default;
};

} // namespace coffer::rotation
