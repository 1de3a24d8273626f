#include "models/ErrorText.h"
#include "tests/support/TestUtil.h"

#include <QSet>
#include <QTest>

using namespace coffer;
using namespace coffer::models;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void everyCodeIsListed()
    {
        // Core's own list of every code is the reference.
        QCOMPARE(ErrorText::allCodes(), Error::allCodes());
        QVERIFY(Error::allCodes().size() >= 22);
        QCOMPARE(Error::allCodes().last(), ErrorCode::Internal);
    }

    void everyCodeHasItsOwnText()
    {
        QSet<QString> texts;
        for (ErrorCode code : Error::allCodes()) {
            const QString text = ErrorText::forCode(code);
            QVERIFY2(!text.isEmpty(), qPrintable(Error::codeName(code)));
            QVERIFY2(!texts.contains(text), qPrintable(Error::codeName(code) + u" repeats: " + text));
            texts.insert(text);
        }
    }

    void unlockTextsTellCausesApart()
    {
        using Kind = Credential::Kind;
        const auto text = [](ErrorCode code, Kind kind) {
            return ErrorText::forUnlock(Error(code, QStringLiteral("context")), kind);
        };
        const QList<QString> distinct = {
                text(ErrorCode::WrongCredential, Kind::Passphrase), // wrong passphrase
                text(ErrorCode::WrongCredential, Kind::RecoveryKey), // a valid key of another vault
                text(ErrorCode::InvalidArgument, Kind::RecoveryKey), // a mistyped key
                text(ErrorCode::WrongCredential, Kind::Keychain),
                text(ErrorCode::NotFound, Kind::Keychain),
                text(ErrorCode::NotFound, Kind::Passphrase), // folder gone
                text(ErrorCode::HeaderTampered, Kind::Passphrase),
                text(ErrorCode::HeaderMismatch, Kind::Passphrase),
                text(ErrorCode::HeaderRolledBack, Kind::Passphrase),
                text(ErrorCode::Corrupted, Kind::Passphrase),
                text(ErrorCode::MissingFile, Kind::Passphrase),
                text(ErrorCode::UnsupportedFormat, Kind::Passphrase),
                text(ErrorCode::NotAVault, Kind::Passphrase),
        };
        QCOMPARE(QSet<QString>(distinct.cbegin(), distinct.cend()).size(), distinct.size());
        QVERIFY(text(ErrorCode::WrongCredential, Kind::Passphrase).contains(u"passphrase"));
        QVERIFY(text(ErrorCode::InvalidArgument, Kind::RecoveryKey).contains(u"mistyped"));
        // Codes without a sharper text fall back to the general one.
        QCOMPARE(text(ErrorCode::Corrupted, Kind::RecoveryKey), ErrorText::forCode(ErrorCode::Corrupted));
    }

    void objectTextsTellSituationsApart()
    {
        using models::ObjectOp;
        const auto text = [](ErrorCode code, ObjectOp op) {
            return ErrorText::forObject(Error(code, QStringLiteral("context 987")), op, ObjectKind::Secret,
                                        QStringLiteral("db-password"));
        };
        const QList<QString> distinct = {
                text(ErrorCode::Conflict, ObjectOp::Create), // name in the deleted list
                text(ErrorCode::AlreadyExists, ObjectOp::Create), // a live secret has the name
                text(ErrorCode::Forbidden, ObjectOp::Read), // a disabled version
                text(ErrorCode::Forbidden, ObjectOp::Purge), // purge protection
                text(ErrorCode::NotFound, ObjectOp::Restore), // another vault family's backup key
                text(ErrorCode::Conflict, ObjectOp::Restore),
                text(ErrorCode::Corrupted, ObjectOp::Restore),
                text(ErrorCode::InvalidArgument, ObjectOp::Restore),
                text(ErrorCode::NotFound, ObjectOp::Update), // removed by another program
                text(ErrorCode::NotFound, ObjectOp::Purge),
                text(ErrorCode::Corrupted, ObjectOp::Read),
        };
        QCOMPARE(QSet<QString>(distinct.cbegin(), distinct.cend()).size(), distinct.size());
        QVERIFY(text(ErrorCode::Conflict, ObjectOp::Create).contains(u"db-password"));
        QVERIFY(text(ErrorCode::Conflict, ObjectOp::Create).contains(u"Manage deleted"));
        QVERIFY(text(ErrorCode::Forbidden, ObjectOp::Read).contains(u"disabled"));
        QVERIFY(text(ErrorCode::Forbidden, ObjectOp::Purge).contains(u"purge protection"));
        for (const QString &t : distinct)
            QVERIFY(!t.contains(u"987"));
        // No sharper text: the general one.
        QCOMPARE(text(ErrorCode::Busy, ObjectOp::Delete), ErrorText::forCode(ErrorCode::Busy));
    }

    void accessDenialsNameWhatIsMissing()
    {
        using models::ObjectOp;
        const Error denied(ErrorCode::Forbidden,
                           QStringLiteral("alice may not perform SecretPurge on /secrets/db: it needs "
                                          "Microsoft.KeyVault/vaults/secrets/purge/action at /secrets/db or above"));
        QVERIFY(ErrorText::isAccessDenial(denied));
        const QString text = ErrorText::forObject(denied, ObjectOp::Purge, ObjectKind::Secret, QStringLiteral("db"));
        QCOMPARE(text, ErrorText::forForbidden(denied));
        QVERIFY(text.contains(u"Microsoft.KeyVault/vaults/secrets/purge/action"));
        QVERIFY(!text.contains(u"alice may not")); // the English sentence itself is not shown
        // The other refusals keep their own texts.
        const Error disabled(ErrorCode::Forbidden, QStringLiteral("version 1 of 'db' is disabled"));
        QVERIFY(!ErrorText::isAccessDenial(disabled));
        QVERIFY(ErrorText::forObject(disabled, ObjectOp::Read, ObjectKind::Secret, QStringLiteral("db"))
                        .contains(u"disabled"));
        const Error policy(ErrorCode::Forbidden,
                           QStringLiteral("bob may not perform SecretGet: Access denied. Caller "
                                          "was not found on any access policy (it needs "
                                          "secrets: get)"));
        QVERIFY(ErrorText::forForbidden(policy).contains(u"secrets: get"));
        QCOMPARE(ErrorText::forForbidden(Error(ErrorCode::Busy, {})), ErrorText::forCode(ErrorCode::Busy));
    }

    void accessTextsTellSituationsApart()
    {
        using models::AccessOp;
        const auto text = [](ErrorCode code, AccessOp op) {
            return ErrorText::forAccess(Error(code, QStringLiteral("context 987")), op, QStringLiteral("alice"));
        };
        const QList<QString> distinct = {
                text(ErrorCode::Conflict, AccessOp::DeletePrincipal), // the last access manager
                text(ErrorCode::AlreadyExists, AccessOp::CreatePrincipal),
                text(ErrorCode::AlreadyExists, AccessOp::Assign),
                text(ErrorCode::AlreadyExists, AccessOp::AddMember),
                text(ErrorCode::InvalidArgument, AccessOp::CreatePrincipal),
                text(ErrorCode::InvalidArgument, AccessOp::AddMember),
                text(ErrorCode::NotFound, AccessOp::Unassign),
        };
        QCOMPARE(QSet<QString>(distinct.cbegin(), distinct.cend()).size(), distinct.size());
        QVERIFY(text(ErrorCode::Conflict, AccessOp::RemoveMember).contains(u"manage access"));
        for (const QString &t : distinct)
            QVERIFY(!t.contains(u"987"));
        QVERIFY(ErrorText::forUnlock(Error(ErrorCode::WrongCredential, {}), Credential::Kind::ClientSecret)
                        .contains(u"client secret"));
    }

    void contextIsNeverShown()
    {
        const Error error(ErrorCode::WrongCredential, QStringLiteral("internal detail 1234"));
        QVERIFY(!ErrorText::forUnlock(error, Credential::Kind::Passphrase).contains(u"1234"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "TestErrorText.moc"
