#include "models/SecretRotationForm.h"

#include "models/PasswordStrength.h"

#include <QJsonDocument>

#include <cmath>

namespace coffer::models {

using rotation::ByteEncoding;
using rotation::CharClass;
using rotation::GeneratorKind;
using rotation::GeneratorRule;
using rotation::SecretGenerator;
using rotation::SecretPolicyIssue;
using rotation::SecretPolicyRule;
using rotation::SecretRotationPolicy;

SecretRotationForm SecretRotationForm::fromPolicy(const SecretRotationPolicy &policy, QStringList *unsupported)
{
    SecretRotationForm form;
    form.timing = RotationPolicyForm::fromPolicy(policy.schedule, unsupported);
    form.generate = policy.generator.has_value();
    if (policy.generator)
        form.generator = *policy.generator;
    return form;
}

SecretRotationPolicy SecretRotationForm::toPolicy(const SecretRotationPolicy &base) const
{
    SecretRotationPolicy policy;
    policy.schedule = timing.toPolicy(base.schedule);
    if (generate)
        policy.generator = generator;
    return policy;
}

QString SecretRotationForm::jsonText(const SecretRotationPolicy &base) const
{
    return QString::fromUtf8(QJsonDocument(toPolicy(base).toJson()).toJson(QJsonDocument::Indented)).trimmed();
}

QList<SecretPolicyIssue> SecretRotationForm::issues(const QDateTime &reference) const
{
    return toPolicy().validateAll(reference);
}

SecretRotationForm::Field SecretRotationForm::fieldOf(const SecretPolicyIssue &issue) const
{
    if (issue.rule == SecretPolicyRule::Generator || issue.rule == SecretPolicyRule::RotateNeedsGenerator
        || issue.path.startsWith(u"generator"))
        return Field::Generator;
    switch (timing.fieldOf(issue.path)) {
    case RotationPolicyForm::Field::Rotate: return Field::Rotate;
    case RotationPolicyForm::Field::Notify: return Field::Notify;
    case RotationPolicyForm::Field::Expiry: return Field::Expiry;
    case RotationPolicyForm::Field::General: break;
    }
    return Field::General;
}

QString SecretRotationForm::issueText(const SecretPolicyIssue &issue)
{
    switch (issue.rule) {
    case SecretPolicyRule::Rotation:
        return RotationPolicyForm::issueText(
                {issue.path, issue.rotationRule.value_or(rotation::PolicyRule::Syntax), issue.message});
    case SecretPolicyRule::RotateNeedsGenerator:
        return tr("Rotating makes a new value, so it needs a generator: tick \"Generate a new value when rotating\" "
                  "and choose "
                  "how it is made, or notify only.");
    case SecretPolicyRule::Generator: break;
    }
    switch (issue.generatorRule.value_or(GeneratorRule::Syntax)) {
    case GeneratorRule::Syntax: return tr("This is not a valid generator value.");
    case GeneratorRule::PasswordLength:
        return tr("A generated password has %1 to %2 characters.")
                .arg(SecretGenerator::kMinPasswordLength)
                .arg(SecretGenerator::kMaxPasswordLength);
    case GeneratorRule::NeedsClass: return tr("Choose at least one kind of character.");
    case GeneratorRule::SymbolsCharset:
        return tr("Symbols are printable ASCII characters other than letters, digits and space, each listed once.");
    case GeneratorRule::ClassEmptied:
        return tr("Leaving out ambiguous characters leaves a chosen kind of character empty: add symbols or allow "
                  "ambiguous characters.");
    case GeneratorRule::BytesLength:
        return tr("Random values have %1 to %2 bytes.")
                .arg(SecretGenerator::kMinBytesLength)
                .arg(SecretGenerator::kMaxBytesLength);
    }
    return tr("This policy breaks a rule.");
}

QString SecretRotationForm::issueLines(const QList<SecretPolicyIssue> &issues)
{
    QStringList lines;
    for (const SecretPolicyIssue &issue : issues) {
        const QString text = issue.path.isEmpty() ? issueText(issue) : tr("%1: %2").arg(issue.path, issueText(issue));
        if (!lines.contains(text))
            lines << text;
    }
    return lines.join(u'\n');
}

QString SecretRotationForm::message(Field field, const QDateTime &reference) const
{
    QStringList texts;
    for (const SecretPolicyIssue &issue : issues(reference)) {
        if (fieldOf(issue) != field)
            continue;
        const QString text = issueText(issue);
        if (!texts.contains(text))
            texts << text;
    }
    return texts.join(u'\n');
}

QString SecretRotationForm::defaultNote() const
{
    return timing.defaultNote();
}

RotationPolicyForm::Schedule SecretRotationForm::schedule(const QDateTime &created,
                                                          const std::optional<QDateTime> &expires, const QDateTime &now,
                                                          int count) const
{
    RotationPolicyForm::Schedule result = timing.schedule(created, expires, now, count);
    if (!result.rotations.isEmpty())
        return result;
    if (!timing.rotate)
        result.note = tr("The policy does not rotate this secret.");
    else if (timing.rotateWhen == RotationPolicyForm::RotateWhen::BeforeExpiry && !expires)
        result.note = tr("The current version has no expiry date, so a rotation before expiry is not scheduled.");
    else
        result.note = tr("No rotation is scheduled.");
    return result;
}

double SecretRotationForm::entropyBits() const
{
    return generate ? generator.entropyBits() : 0.0;
}

QString SecretRotationForm::strengthText() const
{
    if (!generate)
        return {};
    const double bits = entropyBits();
    if (bits <= 0)
        return tr("No estimate: the generator is not valid.");
    return tr("About %1 bits of entropy: %2")
            .arg(qRound(std::floor(bits)))
            .arg(PasswordStrength::levelName(PasswordStrength::levelForBits(bits)));
}

QString SecretRotationForm::generatorSummary() const
{
    if (!generate)
        return tr("No generator: the policy can only notify.");
    if (generator.kind == GeneratorKind::Bytes) {
        QString encoding;
        switch (generator.encoding) {
        case ByteEncoding::Base64: encoding = tr("Base64"); break;
        case ByteEncoding::Base64Url: encoding = tr("Base64url"); break;
        case ByteEncoding::Hex: encoding = tr("hex"); break;
        }
        return tr("%1 random bytes, %2-encoded (%3 characters)")
                .arg(generator.length)
                .arg(encoding)
                .arg(generator.encodedSize());
    }
    QStringList classes;
    for (CharClass c : generator.classes) {
        switch (c) {
        case CharClass::Lower: classes << tr("lower case"); break;
        case CharClass::Upper: classes << tr("upper case"); break;
        case CharClass::Digits: classes << tr("digits"); break;
        case CharClass::Symbols: classes << tr("symbols %1").arg(generator.symbols); break;
        }
    }
    QString text = tr("%1 characters from %2").arg(generator.length).arg(classes.join(tr(", ")));
    if (generator.excludeAmbiguous)
        text += tr(", without ambiguous characters");
    return text;
}

Result<SecureBytes> SecretRotationForm::sample() const
{
    if (!generate)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the policy has no generator"));
    return generator.generate();
}

} // namespace coffer::models
