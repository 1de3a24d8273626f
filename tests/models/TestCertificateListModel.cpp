// The Certificates page's models without widgets: CertificateListModel (columns, colours by the fake clock,
// pending requests as rows), CertificateFilterProxy (name, subject, thumbprint, key words, state words),
// CertificateActions (restriction flags) and CertificateText. Certificates are the openssl-made fixtures, parsed by
// core; thumbprints are checked against `openssl x509 -fingerprint`.

#include "core/common/Clock.h"
#include "core/crypto/X509Certificate.h"
#include "models/CertificateActions.h"
#include "models/CertificateChainLinks.h"
#include "models/CertificateFilterProxy.h"
#include "models/CertificateListModel.h"
#include "models/CertificateRenewalText.h"
#include "models/CertificateText.h"
#include "models/ObjectColors.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace coffer;
using models::CertificateListModel;

namespace {

CertificateInfo infoFromFixture(const QString &name, const QString &fixture, const QStringList &chainFixtures = {})
{
    const auto &fx = test::CertFixtures::instance();
    auto cert = crypto::X509Certificate::fromPem(fx.bytes(fixture));
    if (!cert)
        qFatal("cannot read fixture %s", qPrintable(fixture));
    CertificateInfo info;
    info.info.kind = ObjectKind::Certificate;
    info.info.vaultName = QStringLiteral("Certs");
    info.info.name = name;
    info.info.version = QStringLiteral("0123456789abcdef0123456789abcdef");
    info.info.attributes.enabled = true;
    info.info.attributes.notBefore = cert->details().notBefore;
    info.info.attributes.expires = cert->details().notAfter;
    info.details = cert->details();
    info.chainDer << cert->der();
    for (const QString &more : chainFixtures)
        info.chainDer << crypto::X509Certificate::fromPem(fx.bytes(more))->der();
    info.hasPrivateKey = true;
    info.versionCount = 1;
    return info;
}

CertificateOperationInfo pendingOf(const QString &name)
{
    CertificateOperationInfo op;
    op.vaultName = QStringLiteral("Certs");
    op.name = name;
    op.subject = QStringLiteral("CN=pending.example.test, O=Coffer");
    op.keySpec = KeySpec::ec(Curve::P384);
    op.keyProtection = Protection::Software;
    op.status = PendingStatus::InProgress;
    return op;
}

// openssl's SHA-1 fingerprint of a fixture, upper-case hex without colons.
QString opensslSha1(const QString &fixture)
{
    const QByteArray out = test::CertFixtures::openssl(
            {QStringLiteral("x509"), QStringLiteral("-in"), test::CertFixtures::instance().path(fixture),
             QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha1")});
    // "SHA1 Fingerprint=AB:CD:..."
    return QString::fromLatin1(out.mid(out.indexOf('=') + 1).trimmed()).remove(u':').toUpper();
}

QColor foreground(const QModelIndex &index)
{
    return index.data(Qt::ForegroundRole).value<QBrush>().color();
}

} // namespace

class TestCertificateListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void columnsShowWhatTheCertificateSays()
    {
        const CertificateInfo leaf = infoFromFixture(QStringLiteral("web"), QStringLiteral("leaf.pem"));
        FakeClock clock(leaf.details.notBefore.addDays(1));
        CertificateListModel model(&clock);
        model.setCertificates({leaf});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(CertificateListModel::ColumnCount));
        QCOMPARE(model.headerData(CertificateListModel::SubjectColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Subject"));
        QCOMPARE(model.headerData(CertificateListModel::ThumbprintColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Thumbprint"));
        const QModelIndex row = model.index(0, 0);
        auto cell = [&](int column) { return row.siblingAtColumn(column).data().toString(); };
        QCOMPARE(cell(CertificateListModel::NameColumn), QStringLiteral("web"));
        QCOMPARE(cell(CertificateListModel::SubjectColumn), QStringLiteral("www.example.test"));
        QCOMPARE(cell(CertificateListModel::IssuerColumn), QStringLiteral("Test Intermediate CA"));
        QCOMPARE(cell(CertificateListModel::KeyColumn), QStringLiteral("RSA 2048 · Software"));
        QCOMPARE(cell(CertificateListModel::StatusColumn), QStringLiteral("Active"));
        // The thumbprint is openssl's SHA-1 fingerprint, shortened; the tooltip holds all of it.
        const QString sha1 = opensslSha1(QStringLiteral("leaf.pem"));
        QCOMPARE(sha1.size(), 40);
        QCOMPARE(cell(CertificateListModel::ThumbprintColumn), sha1.left(6) + QChar(0x2026) + sha1.right(4));
        QCOMPARE(row.siblingAtColumn(CertificateListModel::ThumbprintColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("SHA-1 ") + sha1);
        QCOMPARE(row.data(CertificateListModel::IdRole).toString(), QStringLiteral("web"));
        QCOMPARE(model.indexOf(QStringLiteral("WEB")).row(), 0); // names compare case-insensitively

        CertificateInfo hsm = infoFromFixture(QStringLiteral("ec"), QStringLiteral("ec256.pem"));
        hsm.keyProtection = Protection::Hsm;
        CertificateInfo publicOnly = infoFromFixture(QStringLiteral("pub"), QStringLiteral("ec384.pem"));
        publicOnly.hasPrivateKey = false;
        model.setCertificates({leaf, hsm, publicOnly});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.indexOf(QStringLiteral("ec")).siblingAtColumn(CertificateListModel::KeyColumn).data().toString(),
                 QStringLiteral("EC P-256 · HSM"));
        QCOMPARE(model.indexOf(QStringLiteral("ec")).data(CertificateListModel::IsHsmRole).toBool(), true);
        QCOMPARE(
                model.indexOf(QStringLiteral("pub")).siblingAtColumn(CertificateListModel::KeyColumn).data().toString(),
                QStringLiteral("EC P-384 · no private key"));
    }

    void expiryColoursFollowTheClock()
    {
        CertificateInfo leaf = infoFromFixture(QStringLiteral("web"), QStringLiteral("leaf.pem"));
        const QDateTime notAfter = leaf.details.notAfter;
        FakeClock clock(notAfter.addDays(-60));
        CertificateListModel model(&clock);
        model.setCertificates({leaf});
        const QModelIndex expires = model.index(0, CertificateListModel::ExpiresColumn);
        const QModelIndex status = model.index(0, CertificateListModel::StatusColumn);
        // Far from expiry: the view's default colour.
        QVERIFY(!expires.data(Qt::ForegroundRole).isValid());
        QCOMPARE(expires.data(CertificateListModel::ExpiryStateRole).toInt(), int(ExpiryState::Valid));
        // Within 30 days: amber (orange).
        clock.set(notAfter.addDays(-29));
        QCOMPARE(expires.data(CertificateListModel::ExpiryStateRole).toInt(), int(ExpiryState::ExpiringSoon));
        QCOMPARE(foreground(expires), QColor(0x8a, 0x52, 0x00));
        QCOMPARE(expires.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xff, 0xf1, 0xcc));
        QCOMPARE(status.data().toString(), QStringLiteral("Active"));
        // Past notAfter: red, and the status says Expired.
        clock.set(notAfter.addSecs(1));
        QCOMPARE(expires.data(CertificateListModel::ExpiryStateRole).toInt(), int(ExpiryState::Expired));
        QCOMPARE(foreground(expires), QColor(0xa8, 0x00, 0x1c));
        QCOMPARE(status.data().toString(), QStringLiteral("Expired"));
        QCOMPARE(foreground(status), QColor(0xa8, 0x00, 0x1c));
        // Disabled wins over expired, in grey.
        leaf.info.attributes.enabled = false;
        leaf.info.attributes.updated = leaf.info.attributes.updated.addSecs(5);
        model.setCertificates({leaf});
        QCOMPARE(status.data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(foreground(status), QColor(0x80, 0x80, 0x80));
        // Before notBefore: not yet valid.
        leaf.info.attributes.enabled = true;
        leaf.info.attributes.updated = leaf.info.attributes.updated.addSecs(5);
        model.setCertificates({leaf});
        clock.set(leaf.details.notBefore.addSecs(-10));
        QCOMPARE(status.data().toString(), QStringLiteral("Not yet valid"));
    }

    void pendingRequestsAreRows()
    {
        const CertificateInfo leaf = infoFromFixture(QStringLiteral("web"), QStringLiteral("leaf.pem"));
        FakeClock clock(leaf.details.notBefore.addDays(1));
        CertificateListModel model(&clock);
        CertificateOperationInfo completed = pendingOf(QStringLiteral("done"));
        completed.status = PendingStatus::Completed;
        model.setCertificates({leaf}, {pendingOf(QStringLiteral("api")), pendingOf(QStringLiteral("web")), completed});
        // One row per name: "api" (pending only), "web" (certificate with a pending new version); the completed
        // request is the certificate itself and no row of its own.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("api"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("web"));
        const QModelIndex api = model.indexOf(QStringLiteral("api"));
        QCOMPARE(api.siblingAtColumn(CertificateListModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(api.siblingAtColumn(CertificateListModel::SubjectColumn).data().toString(),
                 QStringLiteral("pending.example.test"));
        QCOMPARE(api.siblingAtColumn(CertificateListModel::KeyColumn).data().toString(),
                 QStringLiteral("EC P-384 · Software"));
        QCOMPARE(api.siblingAtColumn(CertificateListModel::ExpiresColumn).data().toString(), QString());
        QCOMPARE(api.data(CertificateListModel::PendingRole).toBool(), true);
        QCOMPARE(api.data(CertificateListModel::VersionRole).toString(), QString());
        const QModelIndex web = model.indexOf(QStringLiteral("web"));
        QCOMPARE(web.siblingAtColumn(CertificateListModel::StatusColumn).data().toString(),
                 QStringLiteral("Active · new version pending"));
        QCOMPARE(web.data(CertificateListModel::PendingRole).toBool(), true);

        // The merge completes "api": the next listing turns the row into a certificate row, in place.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        CertificateInfo merged = infoFromFixture(QStringLiteral("api"), QStringLiteral("ec256.pem"));
        model.setCertificates({merged, leaf});
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(api.siblingAtColumn(CertificateListModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(api.siblingAtColumn(CertificateListModel::SubjectColumn).data().toString(),
                 QStringLiteral("ec256.example.test"));
        // The same listing again changes nothing.
        changed.clear();
        model.setCertificates({merged, leaf});
        QCOMPARE(changed.count(), 0);
    }

    void filterMatchesNamesSubjectsThumbprintsAndWords()
    {
        const CertificateInfo leaf = infoFromFixture(QStringLiteral("web"), QStringLiteral("leaf.pem"));
        CertificateInfo ec = infoFromFixture(QStringLiteral("edge"), QStringLiteral("ec256.pem"));
        ec.keyProtection = Protection::Hsm;
        ec.info.tags.insert(QStringLiteral("team"), QStringLiteral("payments"));
        CertificateInfo old = infoFromFixture(QStringLiteral("legacy"), QStringLiteral("expired.pem"));
        FakeClock clock(leaf.details.notBefore.addDays(1));
        CertificateListModel model(&clock);
        model.setCertificates({leaf, ec, old}, {pendingOf(QStringLiteral("api"))});
        models::CertificateFilterProxy proxy(&model);
        auto names = [&] {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.idAt(proxy.index(r, 0));
            out.sort();
            return out;
        };
        QCOMPARE(names(),
                 (QStringList {QStringLiteral("api"), QStringLiteral("edge"), QStringLiteral("legacy"),
                               QStringLiteral("web")}));
        proxy.setFilterText(QStringLiteral("www.example"));
        QCOMPARE(names(), QStringList {QStringLiteral("web")});
        const QString sha1 = opensslSha1(QStringLiteral("ec256.pem"));
        proxy.setFilterText(sha1.left(8).toLower());
        QCOMPARE(names(), QStringList {QStringLiteral("edge")});
        proxy.setFilterText(QStringLiteral("hsm"));
        QCOMPARE(names(), QStringList {QStringLiteral("edge")});
        proxy.setFilterText(QStringLiteral("payments")); // a tag value, as ObjectFilter matches it
        QCOMPARE(names(), QStringList {QStringLiteral("edge")});
        proxy.setFilterText(QStringLiteral("pending"));
        QCOMPARE(names(), QStringList {QStringLiteral("api")});
        proxy.setFilterText(QStringLiteral("expired"));
        QCOMPARE(names(), QStringList {QStringLiteral("legacy")});
        proxy.setFilterText(QStringLiteral("rsa 2048"));
        QCOMPARE(names(), (QStringList {QStringLiteral("legacy"), QStringLiteral("web")}));
        proxy.setFilterText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 4);
        // Sorting by expiry puts the expired certificate first and the pending row (no expiry) last.
        proxy.sort(CertificateListModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.idAt(proxy.index(0, 0)), QStringLiteral("legacy"));
        QCOMPARE(proxy.idAt(proxy.index(3, 0)), QStringLiteral("api"));
    }

    void actionRestrictions()
    {
        using models::actions::CertificateAction;
        using models::actions::CertificateSelection;
        CertificateSelection exportable;
        exportable.selected = true;
        exportable.name = QStringLiteral("web");
        exportable.hasCertificate = true;
        exportable.enabled = true;
        exportable.hasPrivateKey = true;
        exportable.exportable = true;
        exportable.hasPolicy = true;
        const auto allowed = [](CertificateAction action, const CertificateSelection &s) {
            return models::actions::certificateActionAllowedBySelection(action, true, s);
        };
        QVERIFY(allowed(CertificateAction::DownloadWithKey, exportable));
        QVERIFY(allowed(CertificateAction::Renew, exportable));
        QVERIFY(!allowed(CertificateAction::Merge, exportable));
        QVERIFY(!models::actions::certificateActionAllowedBySelection(CertificateAction::Download, false, exportable));

        CertificateSelection hsm = exportable;
        hsm.keyProtection = Protection::Hsm;
        QVERIFY(!allowed(CertificateAction::DownloadWithKey, hsm));
        QCOMPARE(models::actions::certificateActionBlockedReason(CertificateAction::DownloadWithKey, hsm),
                 QStringLiteral("The private key is on the HSM and never leaves it."));
        CertificateSelection notExportable = exportable;
        notExportable.exportable = false;
        QVERIFY(!allowed(CertificateAction::DownloadWithKey, notExportable));
        QVERIFY(models::actions::certificateActionBlockedReason(CertificateAction::DownloadWithKey, notExportable)
                        .contains(u"exportable"));
        CertificateSelection noKey = exportable;
        noKey.hasPrivateKey = false;
        QVERIFY(!allowed(CertificateAction::DownloadWithKey, noKey));
        QVERIFY(allowed(CertificateAction::Download, noKey));
        CertificateSelection noPolicy = exportable;
        noPolicy.hasPolicy = false;
        QVERIFY(!allowed(CertificateAction::Renew, noPolicy));

        CertificateSelection pendingOnly;
        pendingOnly.selected = true;
        pendingOnly.name = QStringLiteral("api");
        pendingOnly.hasPending = true;
        QVERIFY(allowed(CertificateAction::Merge, pendingOnly));
        QVERIFY(allowed(CertificateAction::DownloadCsr, pendingOnly));
        QVERIFY(allowed(CertificateAction::CancelRequest, pendingOnly));
        QVERIFY(!allowed(CertificateAction::Delete, pendingOnly));
        QVERIFY(!allowed(CertificateAction::Download, pendingOnly));
        QVERIFY(!allowed(CertificateAction::Renew, pendingOnly));
        CertificateSelection cancelled = pendingOnly;
        cancelled.pendingCancelled = true;
        QVERIFY(!allowed(CertificateAction::Merge, cancelled));
        QCOMPARE(models::actions::certificateActionBlockedReason(CertificateAction::Merge, cancelled),
                 QStringLiteral("The request was cancelled."));
        // Azure's soft cancel once; then only Delete request removes the request and its key.
        QVERIFY(!allowed(CertificateAction::CancelRequest, cancelled));
        QCOMPARE(models::actions::certificateActionBlockedReason(CertificateAction::CancelRequest, cancelled),
                 QStringLiteral("The request was cancelled."));
        QVERIFY(allowed(CertificateAction::DeleteRequest, cancelled));
        QVERIFY(!allowed(CertificateAction::Properties, pendingOnly));
        QVERIFY(!allowed(CertificateAction::Backup, pendingOnly));
        QVERIFY(allowed(CertificateAction::Properties, exportable));
        QVERIFY(allowed(CertificateAction::Backup, exportable));
        QVERIFY(!allowed(CertificateAction::DeleteRequest, exportable));
        for (CertificateAction onVault : {CertificateAction::Restore, CertificateAction::Contacts,
                                          CertificateAction::WhatIsDue, CertificateAction::RunDueRenewals})
            QVERIFY(allowed(onVault, CertificateSelection {}));
        QCOMPARE(models::actions::certificateOperationOf(CertificateAction::CancelRequest),
                 access::Operation::CertificatePendingUpdate);
        QCOMPARE(models::actions::certificateOperationOf(CertificateAction::DeleteRequest),
                 access::Operation::CertificatePendingDelete);
        QCOMPARE(models::actions::certificateOperationOf(CertificateAction::Properties),
                 access::Operation::CertificateUpdate);

        // The private download is a read of the managed secret (SecretGet on /secrets/NAME), not a certificate
        // read: a principal with certificate rights only is refused, with the engine's reason.
        access::Resource asked;
        access::Operation askedOp = access::Operation::Count;
        const models::actions::AccessCheck deny = [&](access::Operation op, const access::Resource &resource) {
            askedOp = op;
            asked = resource;
            access::Decision decision;
            decision.operation = op;
            return decision;
        };
        const auto state
                = models::actions::certificateActionState(CertificateAction::DownloadWithKey, true, exportable, deny);
        QVERIFY(!state.enabled);
        QCOMPARE(askedOp, access::Operation::SecretGet);
        QCOMPARE(asked.scope.toString(),
                 access::Resource::object(ObjectKind::Secret, QStringLiteral("web")).scope.toString());
    }

    void textsAndChains()
    {
        CertificateLifetimeAction action;
        action.lifetimePercentage = 80;
        QCOMPARE(models::CertificateText::lifetimeActionText(action),
                 QStringLiteral("Email contacts at 80% of the lifetime"));
        action.lifetimePercentage.reset();
        action.daysBeforeExpiry = 30;
        action.action = LifetimeActionType::AutoRenew;
        QCOMPARE(models::CertificateText::lifetimeActionText(action),
                 QStringLiteral("Renew automatically 30 days before expiry"));
        QCOMPARE(models::CertificateText::ekuText(QStringLiteral("1.3.6.1.5.5.7.3.1")),
                 QStringLiteral("Server authentication (1.3.6.1.5.5.7.3.1)"));
        QCOMPARE(models::CertificateText::ekuText(QStringLiteral("1.2.3.4")), QStringLiteral("1.2.3.4"));
        const CertificateInfo leaf = infoFromFixture(QStringLiteral("web"), QStringLiteral("leaf.pem"));
        QCOMPARE(models::CertificateText::keyUsagesText(leaf.details.keyUsage),
                 QStringLiteral("Digital signature, Key encipherment"));
        QVERIFY(models::CertificateText::sansText(leaf.details.sans).contains(u"DNS: www.example.test"));
        QVERIFY(models::CertificateText::sansText(leaf.details.sans).contains(u"IP: 192.0.2.7"));

        // The full chain verifies link by link up to the self-signed root.
        const auto full
                = models::chainViewOf(infoFromFixture(QStringLiteral("web"), QStringLiteral("leaf.pem"),
                                                      {QStringLiteral("inter.pem"), QStringLiteral("root.pem")}));
        QCOMPARE(full.links.size(), 3);
        QVERIFY(full.complete);
        QCOMPARE(full.links.at(2).role, models::ChainLink::Role::Root);
        for (const auto &link : full.links)
            QVERIFY2(link.verified, qPrintable(link.details.subject));
        // Without the root: incomplete, naming the missing issuer.
        const auto partial = models::chainViewOf(
                infoFromFixture(QStringLiteral("web"), QStringLiteral("leaf.pem"), {QStringLiteral("inter.pem")}));
        QVERIFY(!partial.complete);
        QCOMPARE(partial.missingIssuer, QStringLiteral("CN=Test Root CA"));
        QCOMPARE(partial.links.last().problem, QStringLiteral("Its issuer is not in this vault."));
        // A wrong order (the root where the intermediate should be) is a broken link.
        const auto broken = models::chainViewOf(
                infoFromFixture(QStringLiteral("web"), QStringLiteral("leaf.pem"), {QStringLiteral("root.pem")}));
        QVERIFY(!broken.links.first().verified);
        QCOMPARE(broken.links.first().problem, QStringLiteral("The next certificate up did not sign this one."));
    }

    void renewalTexts()
    {
        using models::CertificateRenewalText;
        const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        const auto status = [&](const QString &name, int daysLeft, bool notifyDue = false) {
            CertificateRenewalStatus s;
            s.name = name;
            s.notBefore = now.addDays(daysLeft - 365);
            s.notAfter = now.addDays(daysLeft);
            s.notifyDue = notifyDue;
            return s;
        };
        QVERIFY(CertificateRenewalText::expiryNotice({status(QStringLiteral("far"), 90)}, now).isEmpty());
        auto notice = CertificateRenewalText::expiryNotice({status(QStringLiteral("api"), 20),
                                                            status(QStringLiteral("far"), 90),
                                                            status(QStringLiteral("web"), 10)},
                                                           now);
        QCOMPARE(notice.text, QStringLiteral("2 certificates expire within 30 days: web, api"));
        QCOMPARE(notice.names, (QStringList {QStringLiteral("web"), QStringLiteral("api")}));
        notice = CertificateRenewalText::expiryNotice({status(QStringLiteral("old"), -1),
                                                       status(QStringLiteral("soon"), 1),
                                                       status(QStringLiteral("mail"), 60, true)},
                                                      now);
        QCOMPARE(notice.text,
                 QStringLiteral("1 certificate has expired: old; 1 certificate expires within 30 days: "
                                "soon; 1 certificate is due for its expiry notice to the contacts: mail"));
        QCOMPARE(notice.names.size(), 3);

        using A = CertificateRenewalOutcome::Action;
        QCOMPARE(CertificateRenewalText::outcomesSummary({}), QStringLiteral("Nothing is due."));
        QList<CertificateRenewalOutcome> outcomes;
        for (A action : {A::Renewed, A::Renewed, A::PendingCreated, A::Notified, A::Failed}) {
            CertificateRenewalOutcome outcome;
            outcome.action = action;
            outcomes << outcome;
        }
        QCOMPARE(CertificateRenewalText::outcomesSummary(outcomes),
                 QStringLiteral("2 renewed, 1 with a new request, 1 notified, 1 failed"));

        QCOMPARE(CertificateRenewalText::contactsProblem({{QStringLiteral("a@example.test"), {}, {}}}), QString());
        QCOMPARE(CertificateRenewalText::contactsProblem({{QStringLiteral("a@example"), {}, {}}}),
                 QStringLiteral("Contact 1: 'a@example' is not an email address."));
        QCOMPARE(CertificateRenewalText::contactsProblem(
                         {{QStringLiteral("a@example.test"), {}, {}}, {QStringLiteral(" "), {}, {}}}),
                 QStringLiteral("Contact 2 has no email address."));
    }
};

QTEST_GUILESS_MAIN(TestCertificateListModel)
#include "TestCertificateListModel.moc"
