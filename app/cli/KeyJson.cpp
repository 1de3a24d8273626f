#include "app/cli/KeyJson.h"

#include "app/cli/ObjectJson.h"
#include "core/crypto/KeyEncoding.h"
#include "core/rotation/RotationPolicy.h"

#include <QJsonArray>

namespace coffer::cli::keyjson {

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(crypto::jwk::base64Url(bytes));
}

QJsonObject attributesOf(const KeyInfo &info)
{
    QJsonObject out = objectjson::attributes(info.info.attributes);
    out.insert(QStringLiteral("exportable"), info.exportable);
    return out;
}

QJsonObject cofferOf(const KeyInfo &info)
{
    QJsonObject out {
            {QStringLiteral("kty"), info.kty()},
            {QStringLiteral("protection"), crypto::protectionName(info.protection)},
            {QStringLiteral("keySize"), info.spec.bits},
    };
    if (info.protection == Protection::Hsm)
        out.insert(QStringLiteral("hsm"),
                   QJsonObject {
                           {QStringLiteral("tokenSerial"), info.hsmSerial},
                           {QStringLiteral("objectId"), QString::fromLatin1(info.hsmId.toHex())},
                           {QStringLiteral("local"), info.hsmLocal},
                   });
    return out;
}

QJsonObject itemWithKid(const KeyInfo &info, const QString &kid)
{
    QJsonObject out {
            {QStringLiteral("kid"), kid},
            {QStringLiteral("attributes"), attributesOf(info)},
            {QStringLiteral("coffer"), cofferOf(info)},
    };
    objectjson::addTagsAndManaged(out, info.info);
    return out;
}

} // namespace

Result<QJsonObject> jwk(const KeyInfo &info)
{
    if (info.spec.type == KeyType::Oct) // a symmetric key has no public half: kid, kty and key_ops only
        return QJsonObject {
                {QStringLiteral("kid"), info.kid()},
                {QStringLiteral("kty"), info.kty()},
                {QStringLiteral("key_ops"), QJsonArray::fromStringList(crypto::keyOpNames(info.ops))},
        };
    auto key = crypto::SoftwareKey::fromPublicDer(info.publicDer);
    if (!key)
        return key.error();
    return crypto::jwk::publicJwk(*key, info.protection, info.ops, info.kid());
}

Result<QJsonObject> bundle(const KeyInfo &info)
{
    auto key = jwk(info);
    if (!key)
        return key.error();
    QJsonObject out {
            {QStringLiteral("key"), *key},
            {QStringLiteral("attributes"), attributesOf(info)},
            {QStringLiteral("coffer"), cofferOf(info)},
    };
    objectjson::addTagsAndManaged(out, info.info);
    return out;
}

QJsonObject item(const KeyInfo &info)
{
    return itemWithKid(info, info.info.baseId());
}

QJsonObject versionItem(const KeyInfo &info)
{
    return itemWithKid(info, info.kid());
}

QJsonObject deleted(const DeletedInfo &info)
{
    QJsonObject out {
            {QStringLiteral("kid"), info.current.id()},
            {QStringLiteral("attributes"), objectjson::attributes(info.current.attributes)},
    };
    objectjson::addTagsAndManaged(out, info.current);
    objectjson::addDeleted(out, info);
    return out;
}

QJsonObject cipherResult(const CipherResult &result)
{
    QJsonObject out {
            {QStringLiteral("kid"), result.kid},
            {QStringLiteral("result"), b64(result.result)},
            {QStringLiteral("algorithm"), crypto::encAlgName(result.algorithm)},
    };
    if (crypto::isGcmAlg(result.algorithm))
        addGcmFields(out, result.iv, result.tag, result.aad);
    return out;
}

void addGcmFields(QJsonObject &out, const QByteArray &iv, const QByteArray &tag, const QByteArray &aad)
{
    out.insert(QStringLiteral("iv"), b64(iv));
    out.insert(QStringLiteral("authenticationTag"), b64(tag));
    if (!aad.isEmpty())
        out.insert(QStringLiteral("additionalAuthenticatedData"), b64(aad));
}

QJsonObject rotationPolicy(const rotation::RotationPolicy &policy, const QString &keyBaseId)
{
    QJsonObject out = policy.toJson();
    if (!out.contains(QStringLiteral("id")))
        out.insert(QStringLiteral("id"), QString(keyBaseId + QStringLiteral("/rotationpolicy")));
    return out;
}

QString rotationActionName(KeyRotationOutcome::Action action)
{
    switch (action) {
    case KeyRotationOutcome::Action::Rotated: return QStringLiteral("Rotated");
    case KeyRotationOutcome::Action::Notified: return QStringLiteral("Notified");
    case KeyRotationOutcome::Action::WouldRotate: return QStringLiteral("WouldRotate");
    case KeyRotationOutcome::Action::WouldNotify: return QStringLiteral("WouldNotify");
    case KeyRotationOutcome::Action::Skipped: return QStringLiteral("Skipped");
    case KeyRotationOutcome::Action::Failed: return QStringLiteral("Failed");
    }
    return QStringLiteral("Failed");
}

QJsonObject rotationOutcome(const KeyRotationOutcome &outcome)
{
    QJsonObject out {
            {QStringLiteral("name"), outcome.name},
            {QStringLiteral("action"), rotationActionName(outcome.action)},
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
            {QStringLiteral("Name"), QStringLiteral("key.kid"), Show::IdName},
            {QStringLiteral("Kty"), QStringLiteral("key.kty"), Show::AsIs},
            {QStringLiteral("Protection"), QStringLiteral("coffer.protection"), Show::AsIs},
            {QStringLiteral("Enabled"), QStringLiteral("attributes.enabled"), Show::AsIs},
            {QStringLiteral("Expires"), QStringLiteral("attributes.exp"), Show::IntDate},
            {QStringLiteral("Updated"), QStringLiteral("attributes.updated"), Show::IntDate},
    };
}

QList<TableColumn> itemColumns()
{
    QList<TableColumn> columns = bundleColumns();
    columns[0].path = QStringLiteral("kid");
    columns[1].path = QStringLiteral("coffer.kty");
    return columns;
}

QList<TableColumn> versionColumns()
{
    QList<TableColumn> columns = itemColumns();
    columns[0] = {QStringLiteral("Version"), QStringLiteral("kid"), TableColumn::Show::IdVersion};
    columns.removeAt(2);
    return columns;
}

} // namespace coffer::cli::keyjson
