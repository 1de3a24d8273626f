// Drives the Audit page offscreen through the real widgets. The owner works in the vault over three days (a fake
// clock), mallory (no role) is refused a secret; then the owner opens the Audit page: the timeline and histogram,
// zooming with keys and the wheel, panning, hovering and clicking an event, lanes per object, a result filter,
// export, verifying the vault's log, verifying the exported file offline and a tampered copy (the bad record is
// named), importing an Azure log, the retention setting; mallory sees why she cannot read the log; and German.
// Leaves screenshots 40-audit-*.png in test-output/screenshots.

#include "core/access/AccessControl.h"
#include "core/audit/AuditService.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/AuditOperations.h"
#include "models/AuditRecordModel.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/AuditActions.h"
#include "ui/AuditDetailsPane.h"
#include "ui/AuditFileCheckDialog.h"
#include "ui/AuditFilterBar.h"
#include "ui/AuditHistogramView.h"
#include "ui/AuditPage.h"
#include "ui/AuditTimeline.h"
#include "ui/MainWindow.h"
#include "ui/VaultWorkspace.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QWheelEvent>

using namespace coffer;
using audit::AuditResult;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kOwnerPassphrase = "audit page owner passphrase";
const QByteArray kMalloryPassphrase = "mallory is not allowed in";

QByteArray azureRecord(const char *time, int status, const char *upn, const char *object)
{
    const QString id = QStringLiteral("https://cloud-kv.vault.azure.net/secrets/") + QLatin1StringView(object);
    QJsonObject properties;
    properties.insert(QStringLiteral("requestUri"), QString(id + u"?api-version=7.4"));
    properties.insert(QStringLiteral("id"), QString(id + u"/v1"));
    properties.insert(QStringLiteral("httpStatusCode"), status);
    QJsonObject record;
    record.insert(QStringLiteral("time"), QLatin1StringView(time));
    record.insert(QStringLiteral("resourceId"),
                  QStringLiteral("/SUBSCRIPTIONS/0/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/CLOUD-KV"));
    record.insert(QStringLiteral("operationName"), QStringLiteral("SecretGet"));
    record.insert(QStringLiteral("category"), QStringLiteral("AuditEvent"));
    record.insert(QStringLiteral("resultType"), status == 200 ? QStringLiteral("Success") : QStringLiteral("Failure"));
    record.insert(QStringLiteral("resultSignature"), QString::number(status));
    record.insert(QStringLiteral("durationMs"), QStringLiteral("9"));
    record.insert(QStringLiteral("callerIpAddress"), QStringLiteral("10.1.2.3"));
    record.insert(QStringLiteral("correlationId"), QString(QStringLiteral("c-") + QLatin1StringView(time)));
    record.insert(
            QStringLiteral("identity"),
            QJsonObject {{QStringLiteral("claim"), QJsonObject {{QStringLiteral("upn"), QLatin1StringView(upn)}}}});
    record.insert(QStringLiteral("properties"), properties);
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

// An Azure Key Vault AuditEvent log (JSON Lines, as diagnostic settings write PT1H.json).
QString writeAzureLog(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("PT1H.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(azureRecord("2026-01-02T09:00:00Z", 200, "alice@contoso.com", "api-key"));
    file.write(azureRecord("2026-01-02T09:30:00Z", 403, "eve@contoso.com", "db-password"));
    file.write(azureRecord("2026-01-03T08:00:00Z", 200, "alice@contoso.com", "db-password"));
    return path;
}
} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_path;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    ui::VaultWorkspace *workspace() { return m_window->workspace(); }
    ui::AuditPage *page() { return workspace()->auditPage(); }
    ui::AuditTimeline *timeline() { return page()->timeline(); }
    // Reloads (or shows) the page and waits for the log to be read.
    void waitLoaded(ui::AuditPage *auditPage, const std::function<void()> &trigger)
    {
        QSignalSpy loaded(auditPage, &ui::AuditPage::loaded);
        trigger();
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY(!auditPage->isLoading());
    }
    void waitFinished(ui::AuditActions *actions, QAbstractButton *button, bool expected)
    {
        QSignalSpy finished(actions, &ui::AuditActions::finished);
        click(button);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), expected);
    }
    int eventOf(const QString &principal, const QString &operation)
    {
        const auto &data = page()->timelineData();
        for (int i = 0; i < data.events().size(); ++i)
            if (const audit::AuditRecord *r = data.record(data.events().at(i)))
                if (r->principalName == principal && r->operation == operation)
                    return i;
        return -1;
    }
    QStringList laneLabels()
    {
        QStringList labels;
        for (const auto &lane : page()->timelineData().lanes())
            labels << lane.label;
        return labels;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Payments-Prod");
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kOwnerPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        m_path = created->vault->path();
        Vault &vault = *created->vault;
        // Day 0, morning: three secrets, one read; mallory joins without any role.
        m_clock.advanceSecs(9 * 3600);
        for (const char *name : {"db-password", "stripe-api-key", "smtp-relay"}) {
            m_clock.advanceSecs(420);
            COFFER_VERIFY_OK(vault.secrets().set(QLatin1StringView(name), SecureBytes(QByteArrayView("value"))));
        }
        m_clock.advanceSecs(1800);
        COFFER_VERIFY_OK(vault.secrets().get(QStringLiteral("db-password")));
        COFFER_VERIFY_OK(vault.access().createUser(
                QStringLiteral("mallory"), SecureString::fromUtf8(kMalloryPassphrase), Argon2Params::fastForTests()));
        created->vault.reset();
        // Day 1: mallory is refused, twice.
        m_clock.advanceDays(1);
        {
            auto mallory
                    = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kMalloryPassphrase)), m_clock);
            COFFER_VERIFY_OK(mallory);
            COFFER_VERIFY_ERROR((*mallory)->secrets().get(QStringLiteral("db-password")), ErrorCode::Forbidden);
            m_clock.advanceSecs(95);
            COFFER_VERIFY_ERROR((*mallory)->secrets().remove(QStringLiteral("db-password")), ErrorCode::Forbidden);
        }
        // Day 2: the owner opens the console.
        m_clock.advanceDays(1);

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1320, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(m_path, false));
        auto owner = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kOwnerPassphrase)), m_clock);
        COFFER_VERIFY_OK(owner);
        m_window->currentSession()->adopt(std::move(*owner));
        QVERIFY(m_window->currentSession()->isUnlocked());
        // The owner removes a secret and asks for it again, in the console session.
        m_clock.advanceSecs(600);
        auto *secrets = &m_window->currentSession()->vault()->secrets();
        COFFER_VERIFY_OK(secrets->remove(QStringLiteral("smtp-relay")));
        m_clock.advanceSecs(60);
        COFFER_VERIFY_ERROR(secrets->get(QStringLiteral("smtp-relay")), ErrorCode::NotFound);
        m_clock.advanceSecs(60);
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        test::resetSettings();
    }

    void theTimelineAndHistogram()
    {
        auto *nav = child<QListWidget>(workspace(), "navList");
        QVERIFY(workspace()->pageIds().contains(QStringLiteral("audit")));
        QCOMPARE(nav->item(int(workspace()->pageIds().indexOf(QStringLiteral("audit"))))->text(),
                 QStringLiteral("Audit"));
        waitLoaded(page(), [this] { workspace()->showPage(QLatin1StringView(ui::VaultWorkspace::kAuditPage)); });
        QVERIFY(!page()->isForbidden());
        QCOMPARE(laneLabels(), (QStringList {QStringLiteral("mallory"), QStringLiteral("owner")}));
        const qint64 matching = page()->snapshot().matching();
        QVERIFY(matching > 10);
        QCOMPARE(child<QLabel>(page(), "auditSummary")->text(), QStringLiteral("%1 records match").arg(matching));
        // Histogram: three days, mallory's refusals on the second.
        ui::AuditHistogramView *histogram = page()->histogram();
        QCOMPARE(histogram->categories(),
                 (QStringList {QStringLiteral("01-01"), QStringLiteral("01-02"), QStringLiteral("01-03")}));
        QCOMPARE(histogram->seriesValues(QStringLiteral("Forbidden")), (QList<qreal> {0, 2, 0}));
        QCOMPARE(histogram->seriesValues(QStringLiteral("Not found")).value(2), 1.0);
        QCOMPARE(histogram->chart()->title(), QStringLiteral("Operations per day"));
        // Table: newest first, a page at a time.
        auto *model = page()->recordModel();
        QVERIFY(model->rowCount() > 10);
        QVERIFY(model->idAt(model->index(0, 0)) > model->idAt(model->index(1, 0)));
        // Every event is on screen when the page opens.
        QVERIFY(timeline()->rangeStart() <= page()->timelineData().firstMsecs());
        QVERIFY(timeline()->rangeEnd() >= page()->timelineData().lastMsecs());
        QVERIFY(!timeline()->positionOf(eventOf(QStringLiteral("mallory"), QStringLiteral("SecretGet"))).isNull());
        shot(m_window.get(), QStringLiteral("40-audit-timeline"));
    }

    void zoomAndPan()
    {
        ui::AuditTimeline *t = timeline();
        t->setFocus();
        const qint64 wholeSpan = t->span();
        const QString wholeStep = t->tickStepName();
        QTest::keyClick(t, Qt::Key_Plus);
        QTest::keyClick(t, Qt::Key_Plus);
        QVERIFY(t->span() < wholeSpan / 2);
        // The wheel zooms around the pointer: the time under it stays put.
        const int x = ui::AuditTimeline::kGutter + 200;
        const qint64 under = t->timeAt(x);
        for (int i = 0; i < 24; ++i) {
            QWheelEvent wheel(QPointF(x, 60), t->mapToGlobal(QPointF(x, 60)), {}, QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(t, &wheel);
        }
        QCOMPARE(t->span(), ui::AuditTimeline::kMinSpan); // an hour at most zoom
        QVERIFY(std::abs(t->timeAt(x) - under) < 60 * 1000);
        QVERIFY2(t->tickStepName().endsWith(u" min"), qPrintable(t->tickStepName())); // ticks of minutes
        QVERIFY(t->tickStepName() != wholeStep);
        // Keys pan; End goes to the newest event, Home to the oldest.
        const qint64 start = t->rangeStart();
        QTest::keyClick(t, Qt::Key_Right);
        QCOMPARE(t->rangeStart(), start + t->span() / 5);
        QTest::keyClick(t, Qt::Key_Left);
        QCOMPARE(t->rangeStart(), start);
        QTest::keyClick(t, Qt::Key_End);
        QVERIFY(t->rangeEnd() > page()->timelineData().lastMsecs());
        QVERIFY(t->rangeStart() < page()->timelineData().lastMsecs());
        QTest::keyClick(t, Qt::Key_Home);
        QVERIFY(t->rangeStart() < page()->timelineData().firstMsecs());
        // Dragging to the left moves later in time.
        const qint64 before = t->rangeStart();
        const QPoint from(ui::AuditTimeline::kGutter + 400, 70);
        QTest::mousePress(t, Qt::LeftButton, {}, from);
        QTest::mouseMove(t, from - QPoint(100, 0));
        QTest::mouseMove(t, from - QPoint(200, 0));
        QTest::mouseRelease(t, Qt::LeftButton, {}, from - QPoint(200, 0));
        QVERIFY(t->rangeStart() > before);
        // Zoom out to days with '-', and around mallory's refusals to see them apart.
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(t, Qt::Key_Minus);
        QVERIFY(t->span() > 24 * 3600 * 1000LL);
        const int refused = eventOf(QStringLiteral("mallory"), QStringLiteral("SecretGet"));
        const qint64 at = page()->timelineData().events().at(refused).msecs;
        t->fitTo(at - 20 * 60 * 1000, at + 20 * 60 * 1000);
        QVERIFY(t->tickStepName().endsWith(u" min"));
        shot(m_window.get(), QStringLiteral("41-audit-zoomed-in"));
    }

    void hoverAndSelectAnEvent()
    {
        ui::AuditTimeline *t = timeline();
        const int refused = eventOf(QStringLiteral("mallory"), QStringLiteral("SecretGet"));
        QVERIFY(refused >= 0);
        const QPoint at = t->positionOf(refused);
        QVERIFY(!at.isNull());
        QCOMPARE(t->eventAt(at), refused);
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()"); // the offscreen platform
        QHelpEvent help(QEvent::ToolTip, at, t->mapToGlobal(at));
        QCoreApplication::sendEvent(t, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"Principal: mallory"), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(u"Result: Forbidden\n"));
        QToolTip::hideText();

        QTest::mouseClick(t, Qt::LeftButton, {}, at);
        QCOMPARE(t->selectedEvent(), refused);
        ui::AuditDetailsPane *details = page()->detailsPane();
        const audit::AuditRecord *record = page()->timelineData().record(page()->timelineData().events().at(refused));
        QCOMPARE(child<QLabel>(details, "detailsTitle")->text(),
                 QStringLiteral("Record %1: SecretGet").arg(record->sequence));
        QCOMPARE(details->value(QStringLiteral("Principal")), QStringLiteral("mallory"));
        QCOMPARE(details->value(QStringLiteral("Sequence")), QString::number(record->sequence));
        QCOMPARE(details->value(QStringLiteral("Hash")), QString::fromLatin1(record->hash.toHex()));
        QCOMPARE(details->value(QStringLiteral("Hash")).size(), 64);
        QVERIFY(details->value(QStringLiteral("Target")).endsWith(u"/secrets/db-password"));
        // The table follows (loading pages down to it when needed).
        QTRY_COMPARE(page()->recordModel()->idAt(page()->table()->currentIndex()), record->sequence);
        // And the other way round: a row selects its event.
        const QModelIndex top = page()->recordModel()->index(0, 0);
        page()->table()->setCurrentIndex(top);
        QCOMPARE(details->value(QStringLiteral("Sequence")), QString::number(page()->recordModel()->idAt(top)));
        page()->selectSequence(record->sequence);
        QCOMPARE(t->selectedEvent(), refused);
    }

    void lanesPerObject()
    {
        const int selected = timeline()->selectedEvent();
        click(child<QToolButton>(page(), "groupByObjectButton"));
        QVERIFY(laneLabels().contains(QStringLiteral("secrets/db-password")));
        QVERIFY(laneLabels().contains(QStringLiteral("secrets/smtp-relay")));
        QVERIFY(!laneLabels().contains(QStringLiteral("mallory")));
        QCOMPARE(timeline()->selectedEvent(), selected);
        timeline()->fitAll();
        shot(m_window.get(), QStringLiteral("42-audit-per-object"));
        click(child<QToolButton>(page(), "groupByPrincipalButton"));
        QCOMPARE(laneLabels(), (QStringList {QStringLiteral("mallory"), QStringLiteral("owner")}));
    }

    void filterByResult()
    {
        auto *result = child<QComboBox>(page()->filterBar(), "resultFilter");
        waitLoaded(page(), [&] { result->setCurrentIndex(result->findText(QStringLiteral("Forbidden"))); });
        auto *model = page()->recordModel();
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->record(model->index(row, 0))->result, AuditResult::Forbidden);
        QCOMPARE(page()->snapshot().matching(), qint64(2));
        QCOMPARE(laneLabels(), QStringList {QStringLiteral("mallory")});
        QCOMPARE(page()->histogram()->seriesValues(QStringLiteral("Success")), (QList<qreal> {0}));
        QCOMPARE(page()->histogram()->categories(), QStringList {QStringLiteral("01-02")});
        QCOMPARE(child<QLabel>(page(), "auditSummary")->text(), QStringLiteral("2 records match"));
        shot(m_window.get(), QStringLiteral("43-audit-filtered-forbidden"));
        // Target text and a range preset narrow further; then everything again.
        auto *target = child<QLineEdit>(page()->filterBar(), "targetFilter");
        waitLoaded(page(), [&] { QTest::keyClicks(target, QStringLiteral("nothing-like-this")); });
        QCOMPARE(model->rowCount(), 0);
        auto *range = child<QComboBox>(page()->filterBar(), "rangeCombo");
        waitLoaded(page(), [&] { range->setCurrentIndex(range->findText(QStringLiteral("Last hour"))); });
        waitLoaded(page(), [&] { page()->filterBar()->reset(); });
        QVERIFY(page()->snapshot().matching() > 10);
    }

    void exportVerifyAndTamper()
    {
        ui::AuditActions *actions = page()->actions();
        const QString file = QDir(test::outputDir(QStringLiteral("audit"))).filePath(QStringLiteral("audit.jsonl"));
        QFile::remove(file);
        m_prompter.saveFileAnswer = file;
        waitFinished(actions, child<QPushButton>(page(), "exportButton"), true);
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Export Audit Log"));
        QVERIFY(QFile::exists(file));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Exported "));

        // The vault's own log.
        waitFinished(actions, child<QPushButton>(page(), "verifyButton"), true);
        QVERIFY2(actions->bannerText().startsWith(u"Verified: "), qPrintable(actions->bannerText()));
        QVERIFY(actions->bannerText().contains(u"signed by key "));
        QVERIFY(!actions->bannerIsError());
        shot(m_window.get(), QStringLiteral("44-audit-verified"));

        // The export, offline.
        m_prompter.openFileAnswer = file;
        waitFinished(actions, child<QPushButton>(page(), "verifyFileButton"), true);
        QVERIFY2(actions->bannerText().startsWith(u"audit.jsonl: Verified: "), qPrintable(actions->bannerText()));

        // A copy with mallory's refusal put on someone else: the record is named, in red.
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        in.close();
        const int refused = eventOf(QStringLiteral("mallory"), QStringLiteral("SecretGet"));
        const qint64 sequence = page()->timelineData().record(page()->timelineData().events().at(refused))->sequence;
        const QByteArray marker = "\"sequence\":" + QByteArray::number(sequence) + ',';
        bool edited = false;
        for (QByteArray &line : lines)
            if (line.contains(marker) && line.contains("\"principalName\":\"mallory\"")) {
                line.replace("\"principalName\":\"mallory\"", "\"principalName\":\"mallorx\"");
                edited = true;
            }
        QVERIFY(edited);
        const QString tampered
                = QDir(test::outputDir(QStringLiteral("audit"))).filePath(QStringLiteral("tampered.jsonl"));
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(lines.join('\n'));
        out.close();
        m_prompter.openFileAnswer = tampered;
        waitFinished(actions, child<QPushButton>(page(), "verifyFileButton"), false);
        QVERIFY2(actions->bannerText().startsWith(
                         QStringLiteral("tampered.jsonl: Verification failed at record %1").arg(sequence)),
                 qPrintable(actions->bannerText()));
        QVERIFY(actions->bannerIsError());
        shot(m_window.get(), QStringLiteral("45-audit-tampered-export"));

        // Tools ▸ Verify Audit Export…, with no vault needed: the same verdict in a dialog.
        m_prompter.openFileAnswer = tampered;
        QPointer<ui::AuditFileCheckDialog> dialog = m_window->verifyAuditExport();
        QVERIFY(dialog);
        QSignalSpy checked(dialog.data(), &ui::AuditFileCheckDialog::checked);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(dialog->resultText().startsWith(QStringLiteral("Verification failed at record %1").arg(sequence)));
        QCOMPARE(dialog->report().firstBadSequence, sequence);
        shot(dialog, QStringLiteral("48-audit-offline-check"));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void importAzureLogs()
    {
        m_prompter.openFileAnswer = writeAzureLog(m_dir.path());
        QSignalSpy loaded(page(), &ui::AuditPage::loaded);
        waitFinished(page()->actions(), child<QPushButton>(page(), "importButton"), true);
        QCOMPARE(page()->actions()->bannerText(),
                 QStringLiteral("Imported 3 new events from PT1H.json (3 read, 0 already imported)."));
        QVERIFY(loaded.wait(20000)); // the page reads the log again
        QCOMPARE(page()->snapshot().imported.size(), 3);
        QVERIFY(laneLabels().contains(QStringLiteral("alice@contoso.com")));
        QVERIFY(page()->timelineData().lanes().last().imported);
        QCOMPARE(page()->histogram()->seriesValues(QStringLiteral("Imported (Azure)")), (QList<qreal> {0, 2, 1}));
        QVERIFY(child<QLabel>(page(), "auditSummary")->text().endsWith(u"; 3 imported Azure events"));
        // An imported event in the details pane.
        int eve = -1;
        for (int i = 0; i < page()->timelineData().events().size(); ++i)
            if (page()->timelineData().events().at(i).imported
                && page()->timelineData().lanes().at(page()->timelineData().events().at(i).lane).label
                        == u"eve@contoso.com")
                eve = i;
        QVERIFY(eve >= 0);
        page()->selectEvent(eve);
        QVERIFY(page()->detailsPane()->value(QStringLiteral("Source")).startsWith(u"PT1H.json"));
        QVERIFY(page()->detailsPane()->value(QStringLiteral("Result")).startsWith(u"Forbidden (HTTP 403"));
        timeline()->fitAll();
        shot(m_window.get(), QStringLiteral("46-audit-imported-azure"));
        // Hidden on request.
        child<QCheckBox>(page(), "showImportedCheck")->setChecked(false);
        QVERIFY(!laneLabels().contains(QStringLiteral("alice@contoso.com")));
        QVERIFY(page()->histogram()->seriesValues(QStringLiteral("Imported (Azure)")).isEmpty());
        child<QCheckBox>(page(), "showImportedCheck")->setChecked(true);
        QVERIFY(laneLabels().contains(QStringLiteral("alice@contoso.com")));
    }

    void retention()
    {
        auto *spin = child<QSpinBox>(page(), "retentionSpin");
        auto *apply = child<QPushButton>(page(), "applyRetentionButton");
        QVERIFY(spin->isEnabled());
        QCOMPARE(spin->value(), 0);
        QCOMPARE(spin->text(), QStringLiteral("Keep forever"));
        QVERIFY(!apply->isEnabled());
        spin->setValue(90);
        m_prompter.confirmAnswer = true;
        waitFinished(page()->actions(), apply, true);
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Audit Log Retention"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"older than 90 days"));
        QTRY_VERIFY(!m_window->currentSession()->isBusy());
        auto days = m_window->currentSession()->vault()->audit().retentionDays();
        COFFER_VERIFY_OK(days);
        QCOMPARE(*days, 90);
        QTRY_VERIFY(!page()->isLoading());
        QVERIFY(!apply->isEnabled());
        spin->setValue(0);
        waitFinished(page()->actions(), apply, true);
    }

    void malloryMayNotReadTheLog()
    {
        models::VaultSession session(m_path, services());
        auto mallory = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kMalloryPassphrase)), m_clock);
        COFFER_VERIFY_OK(mallory);
        session.adopt(std::move(*mallory));
        models::AuditOperations operations;
        operations.setSession(&session);
        {
            ui::AuditPage denied(&operations, &m_prompter, services());
            denied.resize(1000, 560);
            waitLoaded(&denied, [&] { denied.show(); });
            QVERIFY(denied.isForbidden());
            auto *label = child<QLabel>(&denied, "auditForbiddenLabel");
            QVERIFY(label->isVisible());
            QVERIFY2(label->text().startsWith(u"You may not read the audit log of Payments-Prod."),
                     qPrintable(label->text()));
            QVERIFY(label->text().contains(u"Microsoft.KeyVault/vaults/auditLogs/read"));
            QVERIFY(!child<ui::AuditTimeline>(&denied, "auditTimeline")->isVisible());
            shot(&denied, QStringLiteral("47-audit-not-allowed"));
        }
    }

    void inGerman()
    {
        QTranslator translator;
        const QString qm = QDir(qEnvironmentVariable("COFFER_QM_DIR")).filePath(QStringLiteral("coffer_de.qm"));
        if (!translator.load(qm))
            QSKIP("the German translation was not built");
        QCoreApplication::installTranslator(&translator);
        {
            ui::AuditPage german(workspace()->auditOperations(), &m_prompter, services());
            german.resize(1200, 760);
            waitLoaded(&german, [&] { german.show(); });
            QCOMPARE(child<QPushButton>(&german, "exportButton")->text(), QStringLiteral("&Exportieren…"));
            QCOMPARE(german.histogram()->chart()->title(), QStringLiteral("Vorgänge pro Tag"));
            QVERIFY2(german.summaryText().contains(u"Einträge"), qPrintable(german.summaryText()));
            QSignalSpy finished(german.actions(), &ui::AuditActions::finished);
            german.actions()->verifyLog();
            QVERIFY(finished.wait(20000));
            QVERIFY2(german.actions()->bannerText().startsWith(u"Geprüft: "),
                     qPrintable(german.actions()->bannerText()));
            german.selectEvent(0);
            QVERIFY(german.detailsPane()->value(QStringLiteral("Prinzipal")).size() > 0);
            shot(&german, QStringLiteral("40-audit-de"));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestAuditPage)
#include "TestAuditPage.moc"
