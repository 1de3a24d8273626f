#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/rotation/SecretGenerator.h"
#include "core/rotation/SecretRotationPolicy.h"
#include "models/RotationPolicyForm.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer::models {

// The state of a secret's rotation policy editor: the key editor's schedule (RotationPolicyForm: rotate after
// creation or before expiry, notify before expiry, expiry of new versions) plus the generator that makes the value
// of a version created by rotation (password: length, classes, symbols, exclude ambiguous; random bytes: length,
// encoding). Everything the dialog shows that is not a widget: the policy JSON, the translated validation messages
// under each field (from SecretRotationPolicy::validateAll and its JSON paths), the next rotations, and the
// generator's strength. A sample value is made in secure memory on request; the form never keeps one.
class SecretRotationForm
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::SecretRotationForm)

public:
    enum class Field { Rotate, Notify, Expiry, Generator, General };

    RotationPolicyForm timing; // the schedule part (as the key editor)
    bool generate = false; // the policy has a generator
    rotation::SecretGenerator generator; // used when `generate`; kept while unticked so the fields come back

    // The form for a stored policy; what it cannot show is described in `unsupported` (translated).
    static SecretRotationForm fromPolicy(const rotation::SecretRotationPolicy &policy,
                                         QStringList *unsupported = nullptr);
    // The policy the form stands for; `base` supplies the id and dates of the stored policy.
    rotation::SecretRotationPolicy toPolicy(const rotation::SecretRotationPolicy &base = {}) const;
    // The policy's JSON, indented, as the editor shows it.
    QString jsonText(const rotation::SecretRotationPolicy &base = {}) const;

    // Every rule the form breaks (SecretRotationPolicy::validateAll at `reference`, the store's now).
    QList<rotation::SecretPolicyIssue> issues(const QDateTime &reference) const;
    bool isValid(const QDateTime &reference) const { return issues(reference).isEmpty(); }
    // The translated messages under one field ("" when it is fine).
    QString message(Field field, const QDateTime &reference) const;
    // The field an issue belongs to (a Rotate action without generator: the generator's field).
    Field fieldOf(const rotation::SecretPolicyIssue &issue) const;
    static QString issueText(const rotation::SecretPolicyIssue &issue);
    // The same for issues of a policy edited as JSON: "<path>: <text>" per issue, one a line.
    static QString issueLines(const QList<rotation::SecretPolicyIssue> &issues);
    // A note when the form has no action: the default policy then applies.
    QString defaultNote() const;

    // What the policy would do to the current version from `now` on (the secret's wording in the note).
    RotationPolicyForm::Schedule schedule(const QDateTime &created, const std::optional<QDateTime> &expires,
                                          const QDateTime &now, int count = 3) const;

    // The generator's preview: entropy in bits (SecretGenerator::entropyBits; 0 when invalid or off), the strength
    // word for it (PasswordStrength's levels) and a one-line summary ("32 characters from lower, upper, …").
    double entropyBits() const;
    QString strengthText() const;
    QString generatorSummary() const;
    // A fresh sample value of the generator, in secure memory (InvalidArgument when the generator is off or
    // invalid). Never stored, logged or copied by the form.
    Result<SecureBytes> sample() const;

    friend bool operator==(const SecretRotationForm &, const SecretRotationForm &) = default;
};

} // namespace coffer::models
