#include "models/KeyActions.h"

#include <QCoreApplication>

namespace coffer::models::actions {

access::Operation keyOperationOf(KeyPageAction action)
{
    using O = access::Operation;
    switch (action) {
    case KeyPageAction::Create: return O::KeyCreate;
    case KeyPageAction::Import: return O::KeyImport;
    case KeyPageAction::Rotate: return O::KeyRotate;
    case KeyPageAction::Delete: return O::KeyDelete;
    case KeyPageAction::DownloadPublic: return O::KeyGet;
    case KeyPageAction::EditProperties: return O::KeyUpdate;
    case KeyPageAction::Backup: return O::KeyBackup;
    case KeyPageAction::Restore: return O::KeyRestore;
    }
    return O::Count;
}

bool keyActionAllowedBySelection(KeyPageAction action, bool unlocked, const KeySelection &selection)
{
    if (!unlocked)
        return false;
    switch (action) {
    case KeyPageAction::Create:
    case KeyPageAction::Import:
    case KeyPageAction::Restore: return true;
    case KeyPageAction::Rotate:
    case KeyPageAction::Delete:
    case KeyPageAction::EditProperties:
    case KeyPageAction::Backup: return selection.selected;
    case KeyPageAction::DownloadPublic: return selection.selected && selection.type != KeyType::Oct;
    }
    return false;
}

ActionState keyActionState(KeyPageAction action, bool unlocked, const KeySelection &selection, const AccessCheck &can)
{
    const bool allowed = keyActionAllowedBySelection(action, unlocked, selection);
    if (!allowed || !can)
        return {allowed, {}};
    const bool onKind = action == KeyPageAction::Create || action == KeyPageAction::Import
            || action == KeyPageAction::Restore || selection.name.isEmpty();
    access::Resource resource = onKind ? access::Resource::kind(ObjectKind::Key)
                                       : access::Resource::object(ObjectKind::Key, selection.name);
    // The public half of an asymmetric key is readable with keys/read alone.
    resource.asymmetricKey = action == KeyPageAction::DownloadPublic;
    return gate(true, can(keyOperationOf(action), resource));
}

HsmChoice hsmChoice(const std::optional<HsmStatus> &status)
{
    HsmChoice choice;
    if (!status) {
        choice.reason
                = QCoreApplication::translate("coffer::models::KeyActions", "The vault's HSM settings cannot be read.");
        return choice;
    }
    if (!status->bound) {
        choice.reason = QCoreApplication::translate(
                "coffer::models::KeyActions",
                "No PKCS#11 token is bound to this vault. Bind one in the vault's Properties (or with "
                "coffer-cli vault hsm bind) to create HSM keys.");
        return choice;
    }
    if (!status->moduleLoads) {
        choice.reason
                = QCoreApplication::translate("coffer::models::KeyActions", "The PKCS#11 module %1 cannot be loaded.")
                          .arg(status->binding.modulePath);
        return choice;
    }
    if (!status->tokenPresent) {
        choice.reason
                = QCoreApplication::translate("coffer::models::KeyActions",
                                              "The token %1 (serial %2) is not present. Connect it and try again.")
                          .arg(status->binding.tokenLabel, status->binding.tokenSerial);
        return choice;
    }
    if (!status->loggedIn) {
        choice.needsPin = true;
        choice.reason = QCoreApplication::translate("coffer::models::KeyActions",
                                                    "The PIN of token %1 has not been given in this session.")
                                .arg(status->binding.tokenLabel);
        return choice;
    }
    choice.available = true;
    return choice;
}

KeyOps offeredOps(KeyType type)
{
    return crypto::supportedKeyOps(type);
}

KeyOps checkedOps(KeyType type)
{
    return crypto::defaultKeyOps(type);
}

} // namespace coffer::models::actions
