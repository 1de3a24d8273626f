#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace coffer {
class Vault;
}

namespace coffer::models {

// "Try the Demo Vault" on the console's welcome page (issue 9): a vault to explore with nothing at stake, kept in
// the user's data folder. Its passphrase is printed on the welcome page and in the status bar: never put real
// secrets in it.
class DemoVault
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::DemoVault)

public:
    static QString name() { return QStringLiteral("Demo"); }
    static QString passphrase() { return QStringLiteral("demo-passphrase"); }
    // <data folder>/demo: where the demo vault Demo.coffer lives.
    static QString parentFolder();
    static QString bundlePath();

    // What a new demo vault holds, made as its owner (each operation checked and audited): secrets with tags,
    // a content type, an expiry 20 days away and a generator rotation policy; an EC signing key rotating every 90
    // days and an RSA key without policy; a self-signed EC certificate that renews itself at 80% of its year; and
    // a deleted secret to recover or purge. Values are random (the generator), never fixed text.
    static Result<void> fill(Vault &vault);
};

} // namespace coffer::models
