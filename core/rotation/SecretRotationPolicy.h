#pragma once

#include "core/common/Result.h"
#include "core/rotation/RotationPolicy.h"
#include "core/rotation/SecretGenerator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::rotation {

// A secret's rotation policy (Coffer's extension; Azure has none: shared/reference/azure-key-vault.md §1.9):
// the key rotation policy's shape (RotationPolicy: lifetimeActions, attributes.expiryTime) plus an optional
// "generator" that makes the value of a version created by rotation. Plan: .dev/research/rotation.md §2 (B).
//
// JSON:
//   {"id": "coffer://team-kv/secrets/db-password/rotationpolicy",
//    "lifetimeActions": [{"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Rotate"}},
//                        {"trigger": {"timeBeforeExpiry": "P30D"}, "action": {"type": "Notify"}}],
//    "attributes": {"expiryTime": "P180D", "created": 1767225600, "updated": 1767225600},
//    "generator": {"kind": "password", "length": 32, "classes": ["lower", "upper", "digits", "symbols"],
//                  "symbols": "!#%+-=?@_", "excludeAmbiguous": false}}
// Top-level fields other than these four are refused (unlike a key policy, whose JSON Azure defines).
//
// What a store does with it (the vault session): the planner runs `schedule` (RotationPlanner::plan/planWindow
// with ObjectKind::Secret); a due Rotate makes a new version whose value is generator->generate(), with the
// current version's contentType and tags and exp = RotationPlanner::newVersionExpiry(schedule, now).

// Which rule an issue breaks: one of the key policy's rules, one of the generator's, or the secret policy's own.
enum class SecretPolicyRule {
    Rotation, // a RotationPolicy rule (rotationRule says which; PolicyRule::Syntax for JSON shape problems)
    Generator, // a SecretGenerator rule (generatorRule says which)
    RotateNeedsGenerator, // a Rotate action needs a "generator": without one, rotation has no new value to store
};
QString secretPolicyRuleName(SecretPolicyRule rule); // Rotation/Generator: "" (see the detail); else the rule text

struct SecretPolicyIssue
{
    QString path; // "lifetimeActions[0].action.type", "generator.length", "attributes.expiryTime"
    SecretPolicyRule rule = SecretPolicyRule::Rotation;
    std::optional<PolicyRule> rotationRule; // set when rule == Rotation
    std::optional<GeneratorRule> generatorRule; // set when rule == Generator
    QString message; // English, names the path and the rule; never a secret value

    friend bool operator==(const SecretPolicyIssue &, const SecretPolicyIssue &) = default;
};

struct SecretRotationPolicy
{
    RotationPolicy schedule; // id, lifetimeActions, expiryTime, created, updated: what the planner runs
    std::optional<SecretGenerator> generator; // needed by a Rotate action (automatic or "Rotate now")

    // For a secret whose policy was never set: Notify 30 days before expiry, no Rotate, no generator (the key
    // default; .dev/research/rotation.md §2 A and Q4).
    static SecretRotationPolicy defaultPolicy();

    // Whether the effective actions include a Rotate (an empty lifetimeActions list is the default: no Rotate).
    bool hasRotateAction() const;

    // Structure only, as RotationPolicy::fromJson and SecretGenerator::fromJson ("generator": null = none), plus
    // unknown top-level fields. InvalidArgument lists every problem with its path.
    static Result<SecretRotationPolicy> fromJson(const QJsonObject &json);
    // RotationPolicy::toJson plus "generator" when set.
    QJsonObject toJson() const;

    // The key policy's rules (RotationPolicy::validateAll with `reference`), the generator's rules (paths under
    // "generator."), and RotateNeedsGenerator at each Rotate action's "lifetimeActions[i].action.type".
    QList<SecretPolicyIssue> validateAll(const QDateTime &reference) const;
    Result<void> validate(const QDateTime &reference) const; // one InvalidArgument ("; "-joined), or success
    // Syntax and rule problems of a JSON text being edited, all at once (for the console's editor).
    static QList<SecretPolicyIssue> checkJson(const QJsonObject &json, const QDateTime &reference);

    friend bool operator==(const SecretRotationPolicy &, const SecretRotationPolicy &) = default;
};

} // namespace coffer::rotation
