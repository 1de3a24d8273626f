#include "app/cli/CertificateJson.h"

#include "app/cli/ObjectJson.h"

#include <QJsonArray>

namespace coffer::cli::certjson {

namespace {

qint64 intDate(const QDateTime &time)
{
    return time.toSecsSinceEpoch();
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString sanTypeName(SanType type)
{
    switch (type) {
    case SanType::Dns: return QStringLiteral("dns");
    case SanType::Email: return QStringLiteral("email");
    case SanType::Ip: return QStringLiteral("ip");
    case SanType::Upn: return QStringLiteral("upn");
    case SanType::Uri: return QStringLiteral("uri");
    }
    return QStringLiteral("dns");
}

QJsonArray sansJson(const QList<SubjectAltName> &sans)
{
    QJsonArray out;
    for (const SubjectAltName &san : sans)
        out.append(QJsonObject {{QStringLiteral("type"), sanTypeName(san.type)}, {QStringLiteral("value"), san.value}});
    return out;
}

QJsonArray chainJson(const QList<QByteArray> &chainDer)
{
    QJsonArray out;
    for (const QByteArray &der : chainDer) {
        auto cert = crypto::X509Certificate::fromDer(der);
        if (!cert)
            continue; // the store only keeps certificates it parsed; nothing to show for one it cannot
        const CertificateDetails &d = cert->details();
        out.append(QJsonObject {
                {QStringLiteral("subject"), d.subject},
                {QStringLiteral("issuer"), d.issuer},
                {QStringLiteral("x5t"), d.x5t()},
        });
    }
    return out;
}

QJsonObject cofferOf(const CertificateInfo &info)
{
    const CertificateDetails &d = info.details;
    QJsonObject out {
            {QStringLiteral("subject"), d.subject},
            {QStringLiteral("issuer"), d.issuer},
            {QStringLiteral("serialNumber"), d.serialHex},
            {QStringLiteral("x509ThumbprintHex"), d.sha1Hex()},
            {QStringLiteral("sha256ThumbprintHex"), d.sha256Hex()},
            {QStringLiteral("keyType"), d.keyText()},
            {QStringLiteral("keyProtection"),
             info.hasPrivateKey ? QJsonValue(crypto::protectionName(info.keyProtection)) : QJsonValue()},
            {QStringLiteral("hasPrivateKey"), info.hasPrivateKey},
            {QStringLiteral("exportable"), info.exportable},
            {QStringLiteral("issuerKind"), issuerKindName(info.issuer)},
            {QStringLiteral("sans"), sansJson(d.sans)},
            {QStringLiteral("ekus"), QJsonArray::fromStringList(d.ekus)},
            {QStringLiteral("chain"), chainJson(info.chainDer)},
    };
    if (d.keyUsage)
        out.insert(QStringLiteral("keyUsage"), QJsonArray::fromStringList(crypto::keyUsageNames(*d.keyUsage)));
    return out;
}

QJsonObject itemWithId(const CertificateInfo &info, const QString &id)
{
    QJsonObject out {
            {QStringLiteral("id"), id},
            {QStringLiteral("x5t"), info.x5t()},
            {QStringLiteral("attributes"), objectjson::attributes(info.info.attributes)},
            {QStringLiteral("coffer"),
             QJsonObject {
                     {QStringLiteral("subject"), info.details.subject},
                     {QStringLiteral("issuer"), info.details.issuer},
                     {QStringLiteral("keyType"), info.details.keyText()},
             }},
    };
    objectjson::addTagsAndManaged(out, info.info);
    out.remove(QStringLiteral("managed")); // certificates themselves are never managed; Azure has no such field
    return out;
}

} // namespace

QJsonObject bundle(const CertificateInfo &info, const std::optional<CertificatePolicy> &certificatePolicy)
{
    QJsonObject out {
            {QStringLiteral("id"), info.info.id()},
            {QStringLiteral("sid"), info.sid()},
            {QStringLiteral("x5t"), info.x5t()},
            {QStringLiteral("cer"), info.chainDer.isEmpty() ? QString() : b64(info.chainDer.first())},
            {QStringLiteral("attributes"), objectjson::attributes(info.info.attributes)},
            {QStringLiteral("coffer"), cofferOf(info)},
    };
    const QString kid = info.kid();
    if (!kid.isEmpty())
        out.insert(QStringLiteral("kid"), kid);
    // The managed secret's content type; versions that do not carry it have the policy's.
    const QString contentType = !info.info.contentType.isEmpty() ? info.info.contentType
            : certificatePolicy                                  ? certificatePolicy->contentType
                                                                 : QString();
    if (!contentType.isEmpty())
        out.insert(QStringLiteral("contentType"), contentType);
    objectjson::addTagsAndManaged(out, info.info);
    out.remove(QStringLiteral("managed"));
    if (certificatePolicy)
        out.insert(QStringLiteral("policy"), policy(*certificatePolicy, info.info.baseId()));
    return out;
}

QJsonObject item(const CertificateInfo &info)
{
    return itemWithId(info, info.info.baseId());
}

QJsonObject versionItem(const CertificateInfo &info)
{
    return itemWithId(info, info.info.id());
}

QJsonObject pendingItem(const CertificateOperationInfo &operation)
{
    return QJsonObject {
            {QStringLiteral("id"), operation.id()},
            {QStringLiteral("pending"), true},
            {QStringLiteral("status"), pendingStatusName(operation.status)},
            {QStringLiteral("coffer"), QJsonObject {{QStringLiteral("subject"), operation.subject}}},
    };
}

QJsonObject deleted(const DeletedInfo &info)
{
    QJsonObject out {
            {QStringLiteral("id"), info.current.id()},
            {QStringLiteral("attributes"), objectjson::attributes(info.current.attributes)},
    };
    objectjson::addTagsAndManaged(out, info.current);
    out.remove(QStringLiteral("managed"));
    objectjson::addDeleted(out, info);
    return out;
}

QJsonObject operation(const CertificateOperationInfo &op)
{
    QJsonObject out {
            {QStringLiteral("id"), op.id()},
            {QStringLiteral("issuer"), QJsonObject {{QStringLiteral("name"), issuerKindName(op.issuer)}}},
            {QStringLiteral("csr"), b64(op.csrDer)},
            {QStringLiteral("cancellation_requested"), op.cancellationRequested},
            {QStringLiteral("status"), pendingStatusName(op.status)},
            {QStringLiteral("status_details"), op.statusDetails},
            {QStringLiteral("request_id"), op.requestId},
    };
    if (!op.target.isEmpty())
        out.insert(QStringLiteral("target"), op.target);
    return out;
}

QJsonObject policy(const CertificatePolicy &certificatePolicy, const QString &certificateBaseId)
{
    return certificatePolicy.toJson(certificateBaseId + QStringLiteral("/policy"));
}

QJsonObject contacts(const QString &vaultName, const QList<CertificateContact> &list)
{
    QJsonArray items;
    for (const CertificateContact &contact : list) {
        QJsonObject item {{QStringLiteral("email"), contact.email}};
        if (!contact.name.isEmpty())
            item.insert(QStringLiteral("name"), contact.name);
        if (!contact.phone.isEmpty())
            item.insert(QStringLiteral("phone"), contact.phone);
        items.append(item);
    }
    return QJsonObject {
            {QStringLiteral("id"), QStringLiteral("coffer://%1/certificates/contacts").arg(vaultName)},
            {QStringLiteral("contacts"), items},
    };
}

QJsonObject details(const CertificateDetails &d)
{
    QJsonObject out {
            {QStringLiteral("subject"), d.subject},
            {QStringLiteral("issuer"), d.issuer},
            {QStringLiteral("serialNumber"), d.serialHex},
            {QStringLiteral("notBefore"), intDate(d.notBefore)},
            {QStringLiteral("notAfter"), intDate(d.notAfter)},
            {QStringLiteral("x5t"), d.x5t()},
            {QStringLiteral("x509ThumbprintHex"), d.sha1Hex()},
            {QStringLiteral("sha256ThumbprintHex"), d.sha256Hex()},
            {QStringLiteral("keyType"), d.keyText()},
            {QStringLiteral("signatureAlgorithm"), d.signatureAlgorithm},
            {QStringLiteral("isCa"), d.isCa},
            {QStringLiteral("selfSigned"), d.selfSigned},
            {QStringLiteral("sans"), sansJson(d.sans)},
            {QStringLiteral("ekus"), QJsonArray::fromStringList(d.ekus)},
    };
    if (d.keyUsage)
        out.insert(QStringLiteral("keyUsage"), QJsonArray::fromStringList(crypto::keyUsageNames(*d.keyUsage)));
    return out;
}

QJsonObject warning(const ImportIssue &issue)
{
    QJsonObject out {
            {QStringLiteral("kind"), crypto::importWarningName(issue.kind)},
            {QStringLiteral("message"), issue.message},
    };
    if (issue.certIndex >= 0)
        out.insert(QStringLiteral("certIndex"), issue.certIndex);
    return out;
}

QJsonObject parsedFile(const crypto::ParsedCertificateFile &parsed)
{
    QJsonArray certificates;
    for (const crypto::X509Certificate &cert : parsed.chain)
        certificates.append(details(cert.details()));
    QJsonArray warnings;
    for (const ImportIssue &issue : parsed.warnings)
        warnings.append(warning(issue));
    QJsonObject out {
            {QStringLiteral("format"), crypto::certificateFormatName(parsed.format)},
            {QStringLiteral("passwordNeeded"), parsed.passwordNeeded},
            {QStringLiteral("legacyEncryption"), parsed.legacyEncryption},
            {QStringLiteral("chainVerified"), parsed.chainVerified},
            {QStringLiteral("hasPrivateKey"), parsed.key.has_value()},
            {QStringLiteral("certificates"), certificates},
            {QStringLiteral("warnings"), warnings},
    };
    if (!parsed.chain.isEmpty() && parsed.key)
        out.insert(QStringLiteral("key"),
                   QJsonObject {{QStringLiteral("type"), parsed.chain.first().details().keyText()}});
    return out;
}

QString renewalActionName(CertificateRenewalOutcome::Action action)
{
    using Action = CertificateRenewalOutcome::Action;
    switch (action) {
    case Action::Renewed: return QStringLiteral("Renewed");
    case Action::PendingCreated: return QStringLiteral("PendingCreated");
    case Action::Notified: return QStringLiteral("Notified");
    case Action::WouldRenew: return QStringLiteral("WouldRenew");
    case Action::WouldNotify: return QStringLiteral("WouldNotify");
    case Action::Skipped: return QStringLiteral("Skipped");
    case Action::Failed: return QStringLiteral("Failed");
    }
    return QStringLiteral("Failed");
}

QJsonObject renewalOutcome(const CertificateRenewalOutcome &outcome)
{
    QJsonObject out {
            {QStringLiteral("name"), outcome.name},
            {QStringLiteral("action"), renewalActionName(outcome.action)},
            {QStringLiteral("reason"), outcome.reason},
    };
    if (!outcome.newVersion.isEmpty())
        out.insert(QStringLiteral("newVersion"), outcome.newVersion);
    return out;
}

QList<TableColumn> bundleColumns()
{
    using Show = TableColumn::Show;
    return {
            {QStringLiteral("Name"), QStringLiteral("id"), Show::IdName},
            {QStringLiteral("Subject"), QStringLiteral("coffer.subject"), Show::AsIs},
            {QStringLiteral("Thumbprint"), QStringLiteral("coffer.x509ThumbprintHex"), Show::AsIs},
            {QStringLiteral("Enabled"), QStringLiteral("attributes.enabled"), Show::AsIs},
            {QStringLiteral("Expires"), QStringLiteral("attributes.exp"), Show::IntDate},
    };
}

QList<TableColumn> itemColumns()
{
    using Show = TableColumn::Show;
    return {
            {QStringLiteral("Name"), QStringLiteral("id"), Show::IdName},
            {QStringLiteral("Subject"), QStringLiteral("coffer.subject"), Show::AsIs},
            {QStringLiteral("X5t"), QStringLiteral("x5t"), Show::AsIs},
            {QStringLiteral("Enabled"), QStringLiteral("attributes.enabled"), Show::AsIs},
            {QStringLiteral("Expires"), QStringLiteral("attributes.exp"), Show::IntDate},
    };
}

QList<TableColumn> versionColumns()
{
    QList<TableColumn> columns = itemColumns();
    columns[0] = {QStringLiteral("Version"), QStringLiteral("id"), TableColumn::Show::IdVersion};
    return columns;
}

QList<TableColumn> operationColumns()
{
    using Show = TableColumn::Show;
    return {
            {QStringLiteral("Id"), QStringLiteral("id"), Show::AsIs},
            {QStringLiteral("Status"), QStringLiteral("status"), Show::AsIs},
            {QStringLiteral("Issuer"), QStringLiteral("issuer.name"), Show::AsIs},
            {QStringLiteral("Cancelled"), QStringLiteral("cancellation_requested"), Show::AsIs},
    };
}

QList<TableColumn> contactColumns()
{
    return {{QStringLiteral("Id"), QStringLiteral("id"), TableColumn::Show::AsIs}};
}

} // namespace coffer::cli::certjson
