#pragma once

#include "core/rotation/RotationPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer::models {

// A duration as the rotation policy editor offers it: a whole number of days, months or years.
struct FormDuration
{
    enum class Unit { Days, Months, Years };

    int amount = 0;
    Unit unit = Unit::Days;

    rotation::IsoDuration toIso() const;
    // The picker's value for an ISO duration: weeks become days, years and months together become months, whole
    // days of hours become days. nullopt when it has no such form (e.g. "P1M2D", "PT36H").
    static std::optional<FormDuration> fromIso(const rotation::IsoDuration &duration);
    // "90 days", "18 months", "1 year" (translated).
    QString displayText() const;
    static QString unitName(Unit unit, int amount);

    friend bool operator==(const FormDuration &, const FormDuration &) = default;
};

// The state of the rotation policy editor, and everything it shows that is not a widget: the policy in Azure's
// JSON shape, the validation messages under each field (translated, from RotationPolicy::validateAll and its JSON
// paths) and the next rotation and notification dates (the rotation planner, on the unsaved form).
class RotationPolicyForm
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::RotationPolicyForm)

public:
    enum class Field { Rotate, Notify, Expiry, General };
    enum class RotateWhen { AfterCreate, BeforeExpiry };

    bool rotate = false;
    RotateWhen rotateWhen = RotateWhen::AfterCreate;
    FormDuration rotateDuration {90, FormDuration::Unit::Days};
    bool notify = true;
    FormDuration notifyBefore {30, FormDuration::Unit::Days};
    bool expiry = false; // new versions (made by rotation) expire `expiryTime` after they are made
    FormDuration expiryTime {2, FormDuration::Unit::Years};

    // The form for a stored policy. Parts the form cannot show (a second action of one type, a duration such as
    // "P1M2D") are described in `unsupported`, translated; saving the form then replaces them.
    static RotationPolicyForm fromPolicy(const rotation::RotationPolicy &policy, QStringList *unsupported = nullptr);
    // The policy the form stands for: the Rotate action first (when on), then the Notify action (when on).
    // `base` supplies the id and dates of the stored policy.
    rotation::RotationPolicy toPolicy(const rotation::RotationPolicy &base = {}) const;
    // Azure's JSON, indented, as the editor shows it.
    QString jsonText(const rotation::RotationPolicy &base = {}) const;

    // Every rule the form breaks (validateAll at `reference`, the store's now).
    QList<rotation::ValidationIssue> issues(const QDateTime &reference) const;
    bool isValid(const QDateTime &reference) const { return issues(reference).isEmpty(); }
    // The translated messages under one field ("" when it is fine), and the field a JSON path belongs to.
    QString message(Field field, const QDateTime &reference) const;
    Field fieldOf(const QString &path) const;
    static QString issueText(const rotation::ValidationIssue &issue);
    // A note when the form has no action: Azure's default policy then applies.
    QString defaultNote() const;

    // What the policy would do to the current version (created `created`, expiring `expires`) from `now` on.
    struct Schedule
    {
        QList<QDateTime> rotations; // the next three (fewer or none when the policy does not rotate)
        // The next notification (before the expiry of the version it belongs to; a version rotated before its
        // notification time gets none).
        std::optional<QDateTime> notification;
        QString note; // why nothing is scheduled, translated ("" when something is)
    };
    Schedule schedule(const QDateTime &created, const std::optional<QDateTime> &expires, const QDateTime &now,
                      int count = 3) const;

    friend bool operator==(const RotationPolicyForm &, const RotationPolicyForm &) = default;
};

} // namespace coffer::models
