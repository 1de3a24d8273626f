#include "core/vault/CertificatePolicy.h"

#include "core/crypto/CertificateBuilder.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace coffer {

using crypto::Curve;
using crypto::KeyOp;
using crypto::KeyOps;
using crypto::KeyType;
using crypto::KeyUsageBit;
using crypto::KeyUsages;
using crypto::Protection;
using crypto::SanType;
using crypto::SubjectAltName;

namespace {

// Azure's REST 7.4 field names.
const QString kId = QStringLiteral("id");
const QString kKeyProps = QStringLiteral("key_props");
const QString kExportable = QStringLiteral("exportable");
const QString kKty = QStringLiteral("kty");
const QString kKeySize = QStringLiteral("key_size");
const QString kReuseKey = QStringLiteral("reuse_key");
const QString kCrv = QStringLiteral("crv");
const QString kSecretProps = QStringLiteral("secret_props");
const QString kContentType = QStringLiteral("contentType");
const QString kX509Props = QStringLiteral("x509_props");
const QString kSubject = QStringLiteral("subject");
const QString kSans = QStringLiteral("sans");
const QString kDnsNames = QStringLiteral("dns_names");
const QString kEmails = QStringLiteral("emails");
const QString kUpns = QStringLiteral("upns");
const QString kIpAddresses = QStringLiteral("ip_addresses");
const QString kEkus = QStringLiteral("ekus");
const QString kKeyUsage = QStringLiteral("key_usage");
const QString kValidityMonths = QStringLiteral("validity_months");
const QString kLifetimeActions = QStringLiteral("lifetime_actions");
const QString kTrigger = QStringLiteral("trigger");
const QString kLifetimePercentage = QStringLiteral("lifetime_percentage");
const QString kDaysBeforeExpiry = QStringLiteral("days_before_expiry");
const QString kAction = QStringLiteral("action");
const QString kActionType = QStringLiteral("action_type");
const QString kIssuer = QStringLiteral("issuer");
const QString kName = QStringLiteral("name");
const QString kCty = QStringLiteral("cty");
const QString kCertTransparency = QStringLiteral("cert_transparency");
const QString kAttributes = QStringLiteral("attributes");
const QString kEnabled = QStringLiteral("enabled");
const QString kCreated = QStringLiteral("created");
const QString kUpdated = QStringLiteral("updated");

constexpr int kMaxValidityMonths = 1200;

QString path(const QString &parent, const QString &field)
{
    return parent.isEmpty() ? field : parent + u'.' + field;
}

QString indexed(const QString &base, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(base).arg(index);
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

QString orList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + items.last();
}

// Collects syntax problems of the whole document, so that one error names all of them.
class Reader
{
public:
    QStringList problems;

    void add(const QString &where, const QString &what) { problems << QStringLiteral("%1: %2").arg(where, what); }

    void rejectUnknown(const QJsonObject &object, const QStringList &known, const QString &where)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                add(path(where, it.key()),
                    QStringLiteral("unknown field (%1 has %2)")
                            .arg(where.isEmpty() ? QStringLiteral("a policy") : where, orList(known)));
        }
    }

    static bool absent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &key, const QString &where)
    {
        const QJsonValue value = parent.value(key);
        if (absent(value))
            return std::nullopt;
        if (!value.isObject()) {
            add(path(where, key), QStringLiteral("expected an object, got %1").arg(jsonTypeName(value)));
            return std::nullopt;
        }
        return value.toObject();
    }

    void boolean(const QJsonObject &parent, const QString &key, const QString &where, bool &out)
    {
        const QJsonValue value = parent.value(key);
        if (absent(value))
            return;
        if (!value.isBool())
            add(path(where, key), QStringLiteral("expected true or false, got %1").arg(jsonTypeName(value)));
        else
            out = value.toBool();
    }

    std::optional<QString> string(const QJsonObject &parent, const QString &key, const QString &where)
    {
        const QJsonValue value = parent.value(key);
        if (absent(value))
            return std::nullopt;
        if (!value.isString()) {
            add(path(where, key), QStringLiteral("expected a string, got %1").arg(jsonTypeName(value)));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<qint64> integer(const QJsonObject &parent, const QString &key, const QString &where,
                                  qint64 max = 2147483647)
    {
        const QJsonValue value = parent.value(key);
        if (absent(value))
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < 0 || number > double(max)) {
            add(path(where, key),
                QStringLiteral("expected a whole number from 0 to %1, got %2")
                        .arg(max)
                        .arg(value.isDouble() ? QString::number(number, 'g', 17) : jsonTypeName(value)));
            return std::nullopt;
        }
        return qint64(number);
    }

    std::optional<QStringList> strings(const QJsonObject &parent, const QString &key, const QString &where)
    {
        const QJsonValue value = parent.value(key);
        if (absent(value))
            return std::nullopt;
        if (!value.isArray()) {
            add(path(where, key), QStringLiteral("expected an array of strings, got %1").arg(jsonTypeName(value)));
            return std::nullopt;
        }
        QStringList out;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                add(indexed(path(where, key), i),
                    QStringLiteral("expected a string, got %1").arg(jsonTypeName(array.at(i))));
            else
                out << array.at(i).toString();
        }
        return out;
    }
};

void readKeyProps(Reader &r, const QJsonObject &json, CertificatePolicy &policy)
{
    const std::optional<QJsonObject> props = r.object(json, kKeyProps, {});
    if (!props)
        return;
    r.rejectUnknown(*props, {kExportable, kKty, kKeySize, kReuseKey, kCrv}, kKeyProps);
    r.boolean(*props, kExportable, kKeyProps, policy.exportable);
    r.boolean(*props, kReuseKey, kKeyProps, policy.reuseKey);
    if (const std::optional<QString> kty = r.string(*props, kKty, kKeyProps)) {
        if (const auto parsed = crypto::keyTypeFromName(*kty)) {
            policy.kty = parsed->first;
            policy.protection = parsed->second;
        } else {
            r.add(path(kKeyProps, kKty),
                  QStringLiteral("'%1' is not a key type (use RSA, RSA-HSM, EC or EC-HSM)").arg(*kty));
        }
    }
    if (const std::optional<QString> crv = r.string(*props, kCrv, kKeyProps)) {
        if (const std::optional<Curve> curve = crypto::curveFromName(*crv))
            policy.curve = curve;
        else
            r.add(path(kKeyProps, kCrv),
                  QStringLiteral("'%1' is not a curve (use P-256, P-256K, P-384 or P-521)").arg(*crv));
    }
    const std::optional<qint64> size = r.integer(*props, kKeySize, kKeyProps);
    if (!size)
        return;
    if (policy.kty != KeyType::Ec) {
        policy.keySize = int(*size);
        return;
    }
    // EC: key_size is the curve's size (Azure sends both). Without crv it picks the curve; with crv it must agree.
    if (policy.curve) {
        if (crypto::KeySpec::ec(*policy.curve).bits != *size)
            r.add(path(kKeyProps, kKeySize),
                  QStringLiteral("%1 does not match crv %2 (%3 bits)")
                          .arg(*size)
                          .arg(crypto::curveName(*policy.curve))
                          .arg(crypto::KeySpec::ec(*policy.curve).bits));
    } else if (*size == 256) {
        policy.curve = Curve::P256;
    } else if (*size == 384) {
        policy.curve = Curve::P384;
    } else if (*size == 521) {
        policy.curve = Curve::P521;
    } else {
        r.add(path(kKeyProps, kKeySize),
              QStringLiteral("%1 is not an EC key size (use 256, 384 or 521, or crv)").arg(*size));
    }
}

void readX509Props(Reader &r, const QJsonObject &json, CertificatePolicy &policy)
{
    const std::optional<QJsonObject> props = r.object(json, kX509Props, {});
    if (!props)
        return;
    r.rejectUnknown(*props, {kSubject, kSans, kEkus, kKeyUsage, kValidityMonths}, kX509Props);
    policy.subject = r.string(*props, kSubject, kX509Props).value_or(QString());
    if (const std::optional<QJsonObject> sans = r.object(*props, kSans, kX509Props)) {
        const QString where = path(kX509Props, kSans);
        r.rejectUnknown(*sans, {kDnsNames, kEmails, kUpns, kIpAddresses}, where);
        policy.dnsNames = r.strings(*sans, kDnsNames, where).value_or(QStringList());
        policy.emails = r.strings(*sans, kEmails, where).value_or(QStringList());
        policy.upns = r.strings(*sans, kUpns, where).value_or(QStringList());
        policy.ipAddresses = r.strings(*sans, kIpAddresses, where).value_or(QStringList());
    }
    policy.ekus = r.strings(*props, kEkus, kX509Props).value_or(QStringList());
    if (const std::optional<QStringList> names = r.strings(*props, kKeyUsage, kX509Props)) {
        KeyUsages usages;
        for (qsizetype i = 0; i < names->size(); ++i) {
            if (const std::optional<KeyUsageBit> bit = crypto::keyUsageFromName(names->at(i))) {
                usages |= *bit;
            } else {
                QStringList allowed;
                for (KeyUsageBit known : crypto::allKeyUsageBits())
                    allowed << crypto::keyUsageName(known);
                r.add(indexed(path(kX509Props, kKeyUsage), i),
                      QStringLiteral("'%1' is not a key usage (use %2)").arg(names->at(i), orList(allowed)));
            }
        }
        policy.keyUsage = usages;
    }
    if (const std::optional<qint64> months = r.integer(*props, kValidityMonths, kX509Props))
        policy.validityMonths = int(*months);
}

void readLifetimeActions(Reader &r, const QJsonObject &json, CertificatePolicy &policy)
{
    const QJsonValue value = json.value(kLifetimeActions);
    if (Reader::absent(value))
        return;
    if (!value.isArray()) {
        r.add(kLifetimeActions, QStringLiteral("expected an array, got %1").arg(jsonTypeName(value)));
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = indexed(kLifetimeActions, i);
        if (!array.at(i).isObject()) {
            r.add(where, QStringLiteral("expected an object, got %1").arg(jsonTypeName(array.at(i))));
            continue;
        }
        const QJsonObject item = array.at(i).toObject();
        r.rejectUnknown(item, {kTrigger, kAction}, where);
        CertificateLifetimeAction action;
        if (const std::optional<QJsonObject> trigger = r.object(item, kTrigger, where)) {
            const QString triggerPath = path(where, kTrigger);
            r.rejectUnknown(*trigger, {kLifetimePercentage, kDaysBeforeExpiry}, triggerPath);
            if (const auto percentage = r.integer(*trigger, kLifetimePercentage, triggerPath))
                action.lifetimePercentage = int(*percentage);
            if (const auto days = r.integer(*trigger, kDaysBeforeExpiry, triggerPath))
                action.daysBeforeExpiry = int(*days);
        }
        const std::optional<QJsonObject> actionObject = r.object(item, kAction, where);
        const QString typePath = path(path(where, kAction), kActionType);
        const std::optional<QString> type
                = actionObject ? r.string(*actionObject, kActionType, path(where, kAction)) : std::nullopt;
        if (actionObject)
            r.rejectUnknown(*actionObject, {kActionType}, path(where, kAction));
        if (!type) {
            r.add(typePath, QStringLiteral("required (EmailContacts or AutoRenew)"));
        } else if (type->compare(u"EmailContacts", Qt::CaseInsensitive) == 0) {
            action.action = LifetimeActionType::EmailContacts;
        } else if (type->compare(u"AutoRenew", Qt::CaseInsensitive) == 0) {
            action.action = LifetimeActionType::AutoRenew;
        } else {
            r.add(typePath, QStringLiteral("'%1' is not an action type (use EmailContacts or AutoRenew)").arg(*type));
        }
        policy.lifetimeActions << action;
    }
}

void readIssuerAndAttributes(Reader &r, const QJsonObject &json, CertificatePolicy &policy)
{
    if (const std::optional<QJsonObject> issuer = r.object(json, kIssuer, {})) {
        r.rejectUnknown(*issuer, {kName, kCty, kCertTransparency}, kIssuer);
        if (const std::optional<QString> name = r.string(*issuer, kName, kIssuer)) {
            if (name->compare(u"Self", Qt::CaseInsensitive) == 0)
                policy.issuer = IssuerKind::Self;
            else if (name->compare(u"Unknown", Qt::CaseInsensitive) == 0)
                policy.issuer = IssuerKind::Unknown;
            else
                r.add(path(kIssuer, kName),
                      QStringLiteral("'%1': only Self and Unknown issuers are available offline "
                                     "(Self: self-signed; Unknown: a CSR you have signed by "
                                     "your CA and merge)")
                              .arg(*name));
        }
        policy.certificateType = r.string(*issuer, kCty, kIssuer).value_or(QString());
        r.boolean(*issuer, kCertTransparency, kIssuer, policy.certTransparency);
    }
    if (const std::optional<QJsonObject> attributes = r.object(json, kAttributes, {})) {
        r.rejectUnknown(*attributes, {kEnabled, kCreated, kUpdated}, kAttributes);
        r.boolean(*attributes, kEnabled, kAttributes, policy.enabled);
        constexpr qint64 kMaxEpoch = 253402300799; // 9999-12-31T23:59:59Z
        if (const auto created = r.integer(*attributes, kCreated, kAttributes, kMaxEpoch))
            policy.created = QDateTime::fromSecsSinceEpoch(*created, Qt::UTC);
        if (const auto updated = r.integer(*attributes, kUpdated, kAttributes, kMaxEpoch))
            policy.updated = QDateTime::fromSecsSinceEpoch(*updated, Qt::UTC);
    }
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// ---- validation ---------------------------------------------------------------------------------------------------

bool isDnsName(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i == 0 && labels.at(i) == u"*" && labels.size() > 2)
            continue;
        if (!label.match(labels.at(i)).hasMatch())
            return false;
    }
    return true;
}

bool isEmail(const QString &email)
{
    static const QRegularExpression local(QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$"));
    const qsizetype at = email.lastIndexOf(u'@');
    return at > 0 && local.match(email.left(at)).hasMatch() && isDnsName(email.mid(at + 1))
            && !email.mid(at + 1).startsWith(u'*');
}

bool isUpn(const QString &upn)
{
    const qsizetype at = upn.lastIndexOf(u'@');
    if (at <= 0 || at == upn.size() - 1)
        return false;
    for (QChar c : upn) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

bool isIpAddress(const QString &ip)
{
    const QByteArray text = ip.toLatin1();
    if (ip.isEmpty() || text.contains('\0') || QString::fromLatin1(text) != ip)
        return false;
    ERR_set_mark();
    ASN1_OCTET_STRING *parsed = a2i_IPADDRESS(text.constData());
    ERR_pop_to_mark();
    const bool ok = parsed != nullptr;
    ASN1_OCTET_STRING_free(parsed);
    return ok;
}

bool isDottedOid(const QString &oid)
{
    static const QRegularExpression dotted(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
    return dotted.match(oid).hasMatch();
}

void checkList(QStringList &issues, const QStringList &values, const QString &where, bool (*valid)(const QString &),
               const QString &expected)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!valid(values.at(i)))
            issues << QStringLiteral("%1 '%2' is not %3").arg(indexed(where, i), values.at(i), expected);
    }
}

} // namespace

QString issuerKindName(IssuerKind kind)
{
    return kind == IssuerKind::Self ? QStringLiteral("Self") : QStringLiteral("Unknown");
}

crypto::KeySpec CertificatePolicy::keySpec() const
{
    if (kty == KeyType::Ec)
        return crypto::KeySpec::ec(curve.value_or(Curve::P256));
    return crypto::KeySpec::rsa(keySize);
}

KeyUsages CertificatePolicy::effectiveKeyUsage() const
{
    if (keyUsage && *keyUsage)
        return *keyUsage;
    return KeyUsageBit::DigitalSignature | KeyUsageBit::KeyEncipherment;
}

KeyOps CertificatePolicy::keyOps() const
{
    const KeyUsages usage = effectiveKeyUsage();
    KeyOps ops;
    for (KeyUsageBit bit :
         {KeyUsageBit::DigitalSignature, KeyUsageBit::KeyCertSign, KeyUsageBit::NonRepudiation, KeyUsageBit::CrlSign}) {
        if (usage.testFlag(bit))
            ops |= KeyOp::Sign | KeyOp::Verify;
    }
    if (usage.testFlag(KeyUsageBit::KeyEncipherment))
        ops |= KeyOp::WrapKey | KeyOp::UnwrapKey;
    if (usage.testFlag(KeyUsageBit::DataEncipherment))
        ops |= KeyOp::Encrypt | KeyOp::Decrypt;
    if (usage.testFlag(KeyUsageBit::EncipherOnly))
        ops |= KeyOp::Encrypt;
    if (usage.testFlag(KeyUsageBit::DecipherOnly))
        ops |= KeyOp::Decrypt;
    if (kty == KeyType::Ec)
        ops &= KeyOps(KeyOp::Sign | KeyOp::Verify);
    return ops;
}

QList<SubjectAltName> CertificatePolicy::sans() const
{
    QList<SubjectAltName> out;
    for (const QString &name : dnsNames)
        out.append({SanType::Dns, name});
    for (const QString &email : emails)
        out.append({SanType::Email, email});
    for (const QString &upn : upns)
        out.append({SanType::Upn, upn});
    for (const QString &ip : ipAddresses)
        out.append({SanType::Ip, ip});
    return out;
}

CertificatePolicy CertificatePolicy::defaultPolicy(bool scaffold)
{
    // azure-cli custom.py _default_certificate_profile / _scaffold_certificate_profile.
    CertificatePolicy policy;
    policy.kty = KeyType::Rsa;
    policy.keySize = 2048;
    policy.exportable = true;
    policy.reuseKey = true;
    policy.contentType = kContentTypePkcs12;
    policy.keyUsage = KeyUsageBit::CrlSign | KeyUsageBit::DataEncipherment | KeyUsageBit::DigitalSignature
            | KeyUsageBit::KeyEncipherment | KeyUsageBit::KeyAgreement | KeyUsageBit::KeyCertSign;
    policy.subject = QStringLiteral("CN=CLIGetDefaultPolicy");
    policy.validityMonths = 12;
    policy.lifetimeActions = {{std::nullopt, 90, LifetimeActionType::AutoRenew}};
    policy.issuer = IssuerKind::Self;
    if (scaffold) {
        policy.subject = QStringLiteral("C=US, ST=WA, L=Redmond, O=Contoso, OU=Contoso HR, CN=www.contoso.com");
        policy.emails = {QStringLiteral("hello@contoso.com")};
        policy.dnsNames = {QStringLiteral("hr.contoso.com"), QStringLiteral("m.contoso.com")};
        policy.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
        policy.validityMonths = 24;
    }
    return policy;
}

CertificatePolicy CertificatePolicy::fromCertificate(const crypto::CertificateDetails &leaf, bool exportable)
{
    CertificatePolicy policy;
    if (const std::optional<crypto::KeySpec> spec = leaf.keySpec()) {
        policy.kty = spec->type;
        policy.keySize = spec->type == KeyType::Rsa ? spec->bits : 2048;
        policy.curve = spec->curve;
    } else {
        policy.kty = leaf.keyType == u"EC" ? KeyType::Ec : KeyType::Rsa;
        policy.keySize = leaf.keyBits;
    }
    policy.exportable = exportable;
    policy.reuseKey = false;
    policy.contentType = kContentTypePkcs12;
    policy.subject = leaf.subject;
    for (const SubjectAltName &san : leaf.sans) {
        switch (san.type) {
        case SanType::Dns: policy.dnsNames << san.value; break;
        case SanType::Email: policy.emails << san.value; break;
        case SanType::Upn: policy.upns << san.value; break;
        case SanType::Ip: policy.ipAddresses << san.value; break;
        case SanType::Uri: break; // not in Azure's policy model
        }
    }
    policy.ekus = leaf.ekus;
    policy.keyUsage = leaf.keyUsage.value_or(KeyUsages()); // Azure shows [] when the certificate has none
    // The months the certificate covers, rounded up (Azure's GetCertificate example: 2015-04-29 .. 2039-12-31 is 297).
    const QDateTime from = leaf.notBefore.toUTC();
    const QDateTime to = leaf.notAfter.toUTC();
    int months = 1;
    if (from.isValid() && to.isValid() && to > from) {
        months = (to.date().year() - from.date().year()) * 12 + to.date().month() - from.date().month();
        while (months > 0 && from.addMonths(months - 1) >= to)
            --months;
        while (from.addMonths(months) < to)
            ++months;
    }
    policy.validityMonths = std::clamp(months, 1, kMaxValidityMonths);
    policy.lifetimeActions = {{80, std::nullopt, LifetimeActionType::EmailContacts}};
    policy.issuer = leaf.selfSigned ? IssuerKind::Self : IssuerKind::Unknown;
    return policy;
}

Result<CertificatePolicy> CertificatePolicy::fromJson(const QJsonObject &json)
{
    CertificatePolicy policy;
    Reader r;
    r.rejectUnknown(json, {kId, kKeyProps, kSecretProps, kX509Props, kLifetimeActions, kIssuer, kAttributes}, {});
    r.string(json, kId, {});
    readKeyProps(r, json, policy);
    if (const std::optional<QJsonObject> secret = r.object(json, kSecretProps, {})) {
        r.rejectUnknown(*secret, {kContentType}, kSecretProps);
        policy.contentType = r.string(*secret, kContentType, kSecretProps).value_or(kContentTypePkcs12);
    }
    readX509Props(r, json, policy);
    readLifetimeActions(r, json, policy);
    readIssuerAndAttributes(r, json, policy);
    if (!r.problems.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("certificate policy: %1").arg(r.problems.join(QStringLiteral("; "))));
    return policy;
}

QJsonObject CertificatePolicy::toJson(const QString &id) const
{
    QJsonObject json;
    if (!id.isEmpty())
        json.insert(kId, id);

    QJsonObject keyProps {
            {kExportable, exportable}, {kKty, crypto::keyTypeName(kty, protection)}, {kReuseKey, reuseKey}};
    if (kty == KeyType::Ec) {
        const Curve c = curve.value_or(Curve::P256);
        keyProps.insert(kCrv, crypto::curveName(c));
        keyProps.insert(kKeySize, crypto::KeySpec::ec(c).bits);
    } else {
        keyProps.insert(kKeySize, keySize);
    }
    json.insert(kKeyProps, keyProps);
    json.insert(kSecretProps, QJsonObject {{kContentType, contentType}});

    QJsonObject x509 {{kSubject, subject}, {kEkus, toArray(ekus)}, {kValidityMonths, validityMonths}};
    QJsonObject sansJson;
    if (!dnsNames.isEmpty())
        sansJson.insert(kDnsNames, toArray(dnsNames));
    if (!emails.isEmpty())
        sansJson.insert(kEmails, toArray(emails));
    if (!upns.isEmpty())
        sansJson.insert(kUpns, toArray(upns));
    if (!ipAddresses.isEmpty())
        sansJson.insert(kIpAddresses, toArray(ipAddresses)); // Coffer extension: only when used
    if (!sansJson.isEmpty())
        x509.insert(kSans, sansJson);
    if (keyUsage)
        x509.insert(kKeyUsage, toArray(crypto::keyUsageNames(*keyUsage)));
    json.insert(kX509Props, x509);

    QJsonArray actions;
    for (const CertificateLifetimeAction &action : lifetimeActions) {
        QJsonObject trigger;
        if (action.lifetimePercentage)
            trigger.insert(kLifetimePercentage, *action.lifetimePercentage);
        if (action.daysBeforeExpiry)
            trigger.insert(kDaysBeforeExpiry, *action.daysBeforeExpiry);
        actions.append(
                QJsonObject {{kTrigger, trigger},
                             {kAction, QJsonObject {{kActionType, rotation::lifetimeActionTypeName(action.action)}}}});
    }
    json.insert(kLifetimeActions, actions);

    QJsonObject issuerJson {{kName, issuerKindName(issuer)}};
    if (!certificateType.isEmpty())
        issuerJson.insert(kCty, certificateType);
    if (certTransparency)
        issuerJson.insert(kCertTransparency, true);
    json.insert(kIssuer, issuerJson);

    QJsonObject attributes {{kEnabled, enabled}};
    if (created)
        attributes.insert(kCreated, created->toSecsSinceEpoch());
    if (updated)
        attributes.insert(kUpdated, updated->toSecsSinceEpoch());
    json.insert(kAttributes, attributes);
    return json;
}

Result<void> CertificatePolicy::validate() const
{
    QStringList issues;
    const QString kty_ = path(kKeyProps, kKty);
    if (kty == KeyType::Oct) {
        issues << QStringLiteral("%1 '%2' is not allowed for a certificate (use RSA, RSA-HSM, EC or EC-HSM)")
                          .arg(kty_, crypto::keyTypeName(kty, protection));
    } else if (kty == KeyType::Rsa) {
        if (keySize != 2048 && keySize != 3072 && keySize != 4096)
            issues << QStringLiteral("%1 %2 is not allowed for RSA (use 2048, 3072 or 4096)")
                              .arg(path(kKeyProps, kKeySize))
                              .arg(keySize);
        if (curve)
            issues << QStringLiteral("%1 %2 is only for EC keys (kty is %3)")
                              .arg(path(kKeyProps, kCrv), crypto::curveName(*curve),
                                   crypto::keyTypeName(kty, protection));
    }
    if (protection == Protection::Hsm && exportable)
        issues << QStringLiteral("%1 must be false with kty %2 (a key on the HSM never leaves it)")
                          .arg(path(kKeyProps, kExportable), crypto::keyTypeName(kty, protection));
    if (contentType != kContentTypePkcs12 && contentType != kContentTypePem)
        issues << QStringLiteral("%1 '%2' is not allowed (use %3 or %4)")
                          .arg(path(kSecretProps, kContentType), contentType, kContentTypePkcs12, kContentTypePem);

    const QString subjectPath = path(kX509Props, kSubject);
    if (subject.trimmed().isEmpty()) {
        issues << QStringLiteral("%1 is required (e.g. \"CN=www.example.test\")").arg(subjectPath);
    } else if (Result<void> parsed = crypto::validateSubject(subject); !parsed) {
        issues << QStringLiteral("%1: %2").arg(subjectPath, parsed.error().context());
    }
    if (validityMonths < 1 || validityMonths > kMaxValidityMonths)
        issues << QStringLiteral("%1 %2 is out of range (1..%3)")
                          .arg(path(kX509Props, kValidityMonths))
                          .arg(validityMonths)
                          .arg(kMaxValidityMonths);
    const QString sansPath = path(kX509Props, kSans);
    checkList(issues, dnsNames, path(sansPath, kDnsNames), isDnsName,
              QStringLiteral("a DNS name (letters, digits and '-' in dot-separated labels; '*.' only as the first "
                             "label)"));
    checkList(issues, emails, path(sansPath, kEmails), isEmail, QStringLiteral("an e-mail address (name@domain)"));
    checkList(issues, upns, path(sansPath, kUpns), isUpn, QStringLiteral("a user principal name (user@domain)"));
    checkList(issues, ipAddresses, path(sansPath, kIpAddresses), isIpAddress,
              QStringLiteral("an IPv4 or IPv6 address"));
    checkList(issues, ekus, path(kX509Props, kEkus), isDottedOid,
              QStringLiteral("a dotted OID (e.g. 1.3.6.1.5.5.7.3.1 for serverAuth)"));

    bool seen[2] = {false, false};
    for (qsizetype i = 0; i < lifetimeActions.size(); ++i) {
        const CertificateLifetimeAction &action = lifetimeActions.at(i);
        const QString where = indexed(kLifetimeActions, i);
        const QString trigger = path(where, kTrigger);
        const QString typeName = rotation::lifetimeActionTypeName(action.action);
        if (action.lifetimePercentage.has_value() == action.daysBeforeExpiry.has_value())
            issues << QStringLiteral("%1 needs exactly one of lifetime_percentage or days_before_expiry").arg(trigger);
        if (action.lifetimePercentage && (*action.lifetimePercentage < 1 || *action.lifetimePercentage > 99))
            issues << QStringLiteral("%1 %2 is out of range (1..99)")
                              .arg(path(trigger, kLifetimePercentage))
                              .arg(*action.lifetimePercentage);
        const int maxDays = validityMonths * 27;
        if (action.daysBeforeExpiry && (*action.daysBeforeExpiry < 1 || *action.daysBeforeExpiry > maxDays))
            issues << QStringLiteral("%1 %2 is out of range (1..%3 = validity_months %4 x 27)")
                              .arg(path(trigger, kDaysBeforeExpiry))
                              .arg(*action.daysBeforeExpiry)
                              .arg(maxDays)
                              .arg(validityMonths);
        bool &already = seen[action.action == LifetimeActionType::AutoRenew ? 1 : 0];
        if (already)
            issues << QStringLiteral("%1 %2: a second %2 action (at most one action of each type)")
                              .arg(path(path(where, kAction), kActionType), typeName);
        already = true;
        if (action.action == LifetimeActionType::AutoRenew && issuer != IssuerKind::Self)
            issues << QStringLiteral("%1 AutoRenew needs issuer Self here (issuer is %2: there is no CA to renew "
                                     "with offline); use EmailContacts")
                              .arg(path(path(where, kAction), kActionType), issuerKindName(issuer));
    }
    if (issues.isEmpty())
        return {};
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("certificate policy: %1").arg(issues.join(QStringLiteral("; "))));
}

} // namespace coffer
