#pragma once

#include "core/common/KdfParams.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace coffer {

enum class KeyslotType { Passphrase, Recovery, Keychain, ClientSecret, Certificate };

QString keyslotTypeName(KeyslotType type); // "passphrase", "recovery", "keychain", "clientSecret", "certificate"
std::optional<KeyslotType> keyslotTypeFromName(const QString &name);

// One way in: the vault master key wrapped (AES-256-GCM, AAD = vault id + slot id) under a key-encryption key
// that this slot knows how to derive. Nothing in here is secret.
struct Keyslot
{
    QString id; // 8 hex characters
    KeyslotType type = KeyslotType::Passphrase;
    QString label;
    QString principalId; // who unlocking through this slot acts as
    QDateTime created;

    Argon2Params argon2; // passphrase slots
    QByteArray kdfSalt; // passphrase, recovery and client-secret slots
    QString keychainService; // keychain slots
    QString keychainAccount;
    QByteArray certificate; // certificate slots: the application's X.509 certificate (DER)
    QByteArray wrappedKek; // certificate slots: the key-encryption key wrapped to the certificate's public key

    QByteArray wrapNonce;
    QByteArray wrappedKey; // ciphertext + tag

    QJsonObject toJson() const;
    // Validates every field; a hostile or damaged slot gives a message naming the field.
    static std::optional<Keyslot> fromJson(const QJsonObject &json, QString *problem);
};

// What the console and CLI show about a slot.
struct KeyslotInfo
{
    QString id;
    KeyslotType type = KeyslotType::Passphrase;
    QString label;
    QString principalId;
    QDateTime created;
};

} // namespace coffer
