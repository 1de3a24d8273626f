#include "models/RotationPolicyForm.h"

#include "core/rotation/RotationPlanner.h"
#include "models/Counts.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace coffer::models {

using rotation::ActionType;
using rotation::IsoDuration;
using rotation::LifetimeAction;
using rotation::PolicyRule;
using rotation::RotationPolicy;
using rotation::ValidationIssue;

// --- FormDuration ---------------------------------------------------------------------------------------------

IsoDuration FormDuration::toIso() const
{
    switch (unit) {
    case Unit::Days: return IsoDuration::ofDays(amount);
    case Unit::Months: return IsoDuration::ofMonths(amount);
    case Unit::Years: return IsoDuration::ofYears(amount);
    }
    return IsoDuration::ofDays(amount);
}

std::optional<FormDuration> FormDuration::fromIso(const IsoDuration &d)
{
    const bool calendar = d.years() != 0 || d.months() != 0;
    const bool dayLike = d.weeks() != 0 || d.days() != 0 || d.hours() != 0 || d.minutes() != 0 || d.seconds() != 0;
    if (calendar && dayLike)
        return std::nullopt;
    if (calendar) {
        if (d.months() == 0)
            return FormDuration {d.years(), Unit::Years};
        const qint64 months = qint64(d.years()) * 12 + d.months();
        if (months > std::numeric_limits<int>::max())
            return std::nullopt;
        return FormDuration {int(months), Unit::Months};
    }
    const qint64 seconds = ((qint64(d.hours()) * 60 + d.minutes()) * 60) + d.seconds();
    if (seconds % 86400 != 0)
        return std::nullopt;
    const qint64 days = qint64(d.weeks()) * 7 + d.days() + seconds / 86400;
    if (days > std::numeric_limits<int>::max())
        return std::nullopt;
    return FormDuration {int(days), Unit::Days};
}

QString FormDuration::unitName(Unit unit, int n)
{
    switch (unit) {
    case Unit::Days: return n == 1 ? RotationPolicyForm::tr("day") : RotationPolicyForm::tr("days");
    case Unit::Months: return n == 1 ? RotationPolicyForm::tr("month") : RotationPolicyForm::tr("months");
    case Unit::Years: return n == 1 ? RotationPolicyForm::tr("year") : RotationPolicyForm::tr("years");
    }
    return {};
}

QString FormDuration::displayText() const
{
    switch (unit) {
    case Unit::Days: return counts::days(amount);
    case Unit::Months:
        return amount == 1 ? RotationPolicyForm::tr("1 month") : RotationPolicyForm::tr("%1 months").arg(amount);
    case Unit::Years:
        return amount == 1 ? RotationPolicyForm::tr("1 year") : RotationPolicyForm::tr("%1 years").arg(amount);
    }
    return {};
}

// --- RotationPolicyForm ---------------------------------------------------------------------------------------

namespace {
QString durationText(const IsoDuration &d)
{
    if (auto form = FormDuration::fromIso(d))
        return form->displayText();
    return d.toString();
}
} // namespace

RotationPolicyForm RotationPolicyForm::fromPolicy(const RotationPolicy &policy, QStringList *unsupported)
{
    RotationPolicyForm form;
    form.rotate = false;
    form.notify = false;
    QStringList notes;
    const auto take = [&](const IsoDuration &d, FormDuration &into, const QString &what) {
        if (auto value = FormDuration::fromIso(d)) {
            into = *value;
            return true;
        }
        notes << tr("%1 is %2, which the form cannot show in days, months or years; saving replaces it.")
                         .arg(what, d.toString());
        return false;
    };
    bool seenRotate = false;
    bool seenNotify = false;
    // The list as stored: empty means Azure's default, which the form shows as such (no action ticked).
    for (const LifetimeAction &action : policy.lifetimeActions) {
        const auto &trigger = action.trigger;
        if (action.type == ActionType::Rotate) {
            if (seenRotate) {
                notes << tr("The policy has more than one Rotate action; the form shows the first.");
                continue;
            }
            seenRotate = true;
            form.rotate = true;
            if (trigger.timeAfterCreate) {
                form.rotateWhen = RotateWhen::AfterCreate;
                take(*trigger.timeAfterCreate, form.rotateDuration, tr("The rotation time"));
            } else if (trigger.timeBeforeExpiry) {
                form.rotateWhen = RotateWhen::BeforeExpiry;
                take(*trigger.timeBeforeExpiry, form.rotateDuration, tr("The rotation time"));
            }
        } else {
            if (seenNotify) {
                notes << tr("The policy has more than one Notify action; the form shows the first.");
                continue;
            }
            seenNotify = true;
            form.notify = true;
            if (trigger.timeBeforeExpiry)
                take(*trigger.timeBeforeExpiry, form.notifyBefore, tr("The notification time"));
            else if (trigger.timeAfterCreate)
                notes << tr("The Notify action has a time after creation, which Azure does not allow; saving "
                            "replaces it with a time before expiry.");
        }
    }
    if (policy.expiryTime) {
        form.expiry = true;
        take(*policy.expiryTime, form.expiryTime, tr("The expiry time of new versions"));
    }
    if (unsupported)
        *unsupported = notes;
    return form;
}

RotationPolicy RotationPolicyForm::toPolicy(const RotationPolicy &base) const
{
    RotationPolicy policy;
    policy.id = base.id;
    policy.created = base.created;
    policy.updated = base.updated;
    if (rotate) {
        policy.lifetimeActions << (rotateWhen == RotateWhen::AfterCreate
                                           ? LifetimeAction::rotateAfterCreate(rotateDuration.toIso())
                                           : LifetimeAction::rotateBeforeExpiry(rotateDuration.toIso()));
    }
    if (notify)
        policy.lifetimeActions << LifetimeAction::notifyBeforeExpiry(notifyBefore.toIso());
    if (expiry)
        policy.expiryTime = expiryTime.toIso();
    return policy;
}

QString RotationPolicyForm::jsonText(const RotationPolicy &base) const
{
    return QString::fromUtf8(QJsonDocument(toPolicy(base).toJson()).toJson(QJsonDocument::Indented)).trimmed();
}

QList<ValidationIssue> RotationPolicyForm::issues(const QDateTime &reference) const
{
    return toPolicy().validateAll(reference);
}

RotationPolicyForm::Field RotationPolicyForm::fieldOf(const QString &path) const
{
    if (path.startsWith(u"attributes"))
        return Field::Expiry;
    static const QRegularExpression action(QStringLiteral("^lifetimeActions\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = action.match(path);
    if (!match.hasMatch())
        return Field::General;
    const int index = match.captured(1).toInt();
    // toPolicy(): the Rotate action first, then the Notify action.
    if (rotate && index == 0)
        return Field::Rotate;
    if (notify && index == (rotate ? 1 : 0))
        return Field::Notify;
    return Field::General;
}

QString RotationPolicyForm::issueText(const ValidationIssue &issue)
{
    switch (issue.rule) {
    case PolicyRule::Syntax: return tr("This is not a valid policy value.");
    case PolicyRule::ExactlyOneTrigger:
        return tr("Each action needs exactly one time: after creation or before expiry.");
    case PolicyRule::AfterCreateOnlyForRotate:
        return tr("A notification can only be sent a time before expiry, not after creation.");
    case PolicyRule::OneActionPerType: return tr("A policy has at most one Rotate and one Notify action.");
    case PolicyRule::MinTimeAfterCreate: return tr("Rotate at least 7 days after creation.");
    case PolicyRule::MinTimeBeforeExpiry: return tr("The time before expiry must be at least 7 days.");
    case PolicyRule::BeforeExpiryNeedsExpiryTime:
        return tr("Rotating before expiry needs an expiry time for new versions: set \"New versions expire "
                  "after\".");
    case PolicyRule::BeforeExpiryWithinExpiryTime:
        return tr("The time before expiry must be at least 7 days shorter than the expiry time of new versions.");
    case PolicyRule::MinExpiryTime: return tr("New versions must be valid for at least 28 days.");
    }
    return tr("This policy breaks a rule.");
}

QString RotationPolicyForm::message(Field field, const QDateTime &reference) const
{
    QStringList texts;
    for (const ValidationIssue &issue : issues(reference)) {
        if (fieldOf(issue.path) != field)
            continue;
        const QString text = issueText(issue);
        if (!texts.contains(text))
            texts << text;
    }
    return texts.join(u'\n');
}

QString RotationPolicyForm::defaultNote() const
{
    if (rotate || notify)
        return {};
    const RotationPolicy defaults = RotationPolicy::defaultPolicy();
    for (const LifetimeAction &action : defaults.lifetimeActions) {
        if (action.type == ActionType::Notify && action.trigger.timeBeforeExpiry)
            return tr("No action is chosen: the default policy applies (notify %1 before expiry).")
                    .arg(durationText(*action.trigger.timeBeforeExpiry));
    }
    return tr("No action is chosen: the default policy applies.");
}

RotationPolicyForm::Schedule RotationPolicyForm::schedule(const QDateTime &created,
                                                          const std::optional<QDateTime> &expires, const QDateTime &now,
                                                          int count) const
{
    Schedule result;
    const RotationPolicy policy = toPolicy();
    result.rotations = rotation::RotationPlanner::nextRotations(policy, created, expires, now, count);
    const rotation::Plan plan = rotation::RotationPlanner::plan(policy, {created, expires, std::nullopt}, now, count);
    for (const rotation::DueAction &due : plan.due)
        if (due.type == ActionType::Notify)
            result.notification = due.dueSince;
    for (const rotation::PlannedAction &next : plan.next)
        if (!result.notification && next.type == ActionType::Notify)
            result.notification = next.at;
    if (!result.rotations.isEmpty())
        return result;
    if (!rotate)
        result.note = tr("The policy does not rotate this key.");
    else if (rotateWhen == RotateWhen::BeforeExpiry && !expires)
        result.note = tr("The current version has no expiry date, so a rotation before expiry is not scheduled.");
    else
        result.note = tr("No rotation is scheduled.");
    return result;
}

} // namespace coffer::models
