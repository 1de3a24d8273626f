// CertificateStore: inspect (parse only) and import of PFX/PEM/DER files, with or without a private key.

#include "core/vault/CertificateStorePrivate.h"

namespace coffer {

using access::Operation;

Result<crypto::ParsedCertificateFile> CertificateStore::inspect(QByteArrayView data, const SecureString *password)
{
    // Nothing is written: only a denial is recorded (by authorize()).
    COFFER_TRY(d->engine.authorize(Operation::CertificateImport, certrows::kAllCertificates));
    return crypto::parseCertificateFile(data, password, d->now());
}

namespace {

// `over` merged into `base`, objects member by member (arrays and values replaced).
QJsonObject mergedJson(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it->isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), mergedJson(base.value(it.key()).toObject(), it->toObject()));
        else
            base.insert(it.key(), *it);
    }
    return base;
}

// A request's partial JSON policy over the one read from the certificate.
Result<CertificatePolicy> policyFromPartialJson(const crypto::CertificateDetails &leaf, const QJsonObject &partial)
{
    const CertificatePolicy fromLeaf = CertificatePolicy::fromCertificate(leaf, false);
    auto merged = CertificatePolicy::fromJson(mergedJson(fromLeaf.toJson(), partial));
    if (!merged)
        return merged.error();
    // Fields a certificate-only import cannot describe in key_props (a weak or unusual key) stay as read.
    if (!partial.value(QStringLiteral("key_props")).toObject().contains(QStringLiteral("kty"))) {
        merged->kty = fromLeaf.kty;
        merged->keySize = fromLeaf.keySize;
        merged->curve = fromLeaf.curve;
    }
    return merged;
}

// The policy of an imported certificate: Azure's from the certificate, with what the request says about keys,
// content type, validity and lifetime actions over it. Issuer Self only for a self-signed leaf.
CertificatePolicy importPolicy(const crypto::CertificateDetails &leaf, const std::optional<CertificatePolicy> &given,
                               bool exportable, Protection protection)
{
    CertificatePolicy policy = CertificatePolicy::fromCertificate(leaf, exportable);
    if (given) {
        const CertificatePolicy &asked = *given;
        policy.reuseKey = asked.reuseKey;
        policy.contentType = asked.contentType;
        policy.validityMonths = asked.validityMonths;
        policy.lifetimeActions = asked.lifetimeActions;
        policy.certificateType = asked.certificateType;
        policy.certTransparency = asked.certTransparency;
        policy.enabled = asked.enabled;
        policy.issuer = leaf.selfSigned && asked.issuer == IssuerKind::Self ? IssuerKind::Self : IssuerKind::Unknown;
    }
    policy.exportable = exportable;
    policy.protection = protection;
    return policy;
}

} // namespace

Result<CertificateImportResult> CertificateStore::importCertificate(const QString &name,
                                                                    const CertificateImportRequest &request)
{
    const access::Resource resource = certrows::certificateResource(name);
    return d->engine.guard(Operation::CertificateImport, resource, [&]() -> Result<CertificateImportResult> {
        COFFER_TRY(objects::validateName(ObjectKind::Certificate, name));
        COFFER_TRY(objects::validateTags(request.attributes.tags));
        if (request.attributes.notBefore || request.attributes.expires)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("an imported certificate's dates are its X.509 validity; they cannot be set"));
        COFFER_TRY(d->engine.authorize(Operation::CertificateImport, resource));
        auto parsed = crypto::parseCertificateFile(request.data.view(), request.password ? &*request.password : nullptr,
                                                   d->now());
        if (!parsed)
            return parsed.error();
        const crypto::CertificateDetails leaf = parsed->chain.constFirst().details();
        const bool hasKey = parsed->key.has_value();
        std::optional<CertificatePolicy> given = request.policy;
        if (!request.policyJson.isEmpty()) {
            auto partial = policyFromPartialJson(leaf, request.policyJson);
            if (!partial)
                return partial.error();
            given = std::move(*partial);
        }
        const Protection protection = request.protection.value_or(given ? given->protection : Protection::Software);
        bool exportable = request.exportable.value_or(given ? given->exportable : false);
        if (!hasKey) {
            if (request.protection == Protection::Hsm)
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("the file holds no private key: there is nothing to put on the HSM"));
            exportable = false;
        } else if (protection == Protection::Hsm && exportable) {
            if (request.exportable.value_or(false))
                return Error(
                        ErrorCode::InvalidArgument,
                        QStringLiteral("an HSM key cannot be exportable: its private part never leaves the token"));
            exportable = false; // the policy's default; the token decides
        }
        CertificatePolicy policy = importPolicy(leaf, given, exportable, hasKey ? protection : Protection::Software);
        if (given) {
            // key_props describe the managed key: a certificate-only import has none (its leaf may hold a key the
            // vault could not hold), so only the other rules apply to it.
            CertificatePolicy checked = policy;
            if (!hasKey) {
                checked.kty = crypto::KeyType::Rsa;
                checked.keySize = 2048;
                checked.curve.reset();
            }
            COFFER_TRY(checked.validate());
        }
        COFFER_TRY(d->checkNameFree(name, true)); // before a token import; again under the lock

        std::optional<KeyMaterial> material;
        if (hasKey) {
            auto adopted = d->keyImpl.adopt(name, std::move(*parsed->key), protection, policy.keyOps());
            if (!adopted)
                return adopted.error();
            material = std::move(*adopted);
        }
        auto stored = d->engine.run(Operation::CertificateImport, resource, [&]() -> Result<CertificateImportResult> {
            COFFER_TRY(d->checkNameFree(name, true));
            Impl::NewCertVersion version;
            version.chain = std::move(parsed->chain);
            if (material)
                version.material = certrows::copyMaterial(*material);
            version.exportable = exportable;
            version.policy = policy;
            version.attributes.enabled = request.attributes.enabled;
            version.attributes.tags = request.attributes.tags;
            auto info = d->addVersion(name, version);
            if (!info)
                return info.error();
            d->noteCertificate(*info, parsed->warnings);
            d->engine.noteDetail(QStringLiteral("format"), crypto::certificateFormatName(parsed->format));
            return CertificateImportResult {std::move(*info), parsed->warnings};
        });
        if (!stored && material)
            d->keyImpl.discard(*material);
        return stored;
    });
}

} // namespace coffer
