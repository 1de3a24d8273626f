#pragma once

// SoftHSM2 tokens for tests.
//
// Declare the test with the SOFTHSM flag:  coffer_add_test(core KeyStoreHsm SOURCES ... SOFTHSM)
// and CTest gives it a fresh SoftHSM2 token of its own on every run (fixture `softhsm.Tokens`, see
// tests/support/SoftHsmFixture.cmake). In the test:
//
//     const auto token = coffer::test::testToken();
//     if (!token)
//         QSKIP(qPrintable(coffer::test::softHsmSkipReason()));
//     auto hsm = coffer::hsm::HsmToken::open(token->ref(), token->pin);
//
// testToken() is nullopt (and the test must skip, not fail) when SoftHSM2 is not installed or the test runs
// outside CTest. Every SOFTHSM test has its own token folder, so tests may create and destroy keys freely;
// within one test executable the token is shared by all test functions (state carries over between them).

#include "core/common/SecureBytes.h"
#include "core/hsm/HsmToken.h"

#include <QString>

#include <optional>

namespace coffer::test {

struct TestToken
{
    QString module; // COFFER_TEST_HSM_MODULE: /usr/lib/softhsm/libsofthsm2.so
    QString label; // COFFER_TEST_HSM_LABEL
    SecureString pin; // COFFER_TEST_HSM_PIN (user)
    SecureString soPin; // COFFER_TEST_HSM_SO_PIN

    hsm::TokenRef ref() const { return {module, label, {}}; }
};

// The test's token from the environment CTest sets; nullopt when it is not usable (see softHsmSkipReason()).
std::optional<TestToken> testToken();
// Why testToken() is nullopt, for QSKIP: "SoftHSM2 module /usr/lib/... not installed", "not run by CTest ...".
QString softHsmSkipReason();

// Initialises one more token labelled `label` (same PINs) in the test's own SoftHSM folder: for cases that need
// a second token. SoftHSM reads its token folder once, at C_Initialize, and a process loads a module once: call
// this before the first HsmToken::open/listTokens of the test process (e.g. in initTestCase()), or the new token
// is not seen. nullopt when SoftHSM2 is not usable or softhsm2-util fails.
std::optional<TestToken> makeExtraToken(const QString &label);

} // namespace coffer::test
