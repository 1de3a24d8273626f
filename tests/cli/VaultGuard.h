#pragma once

// "A refused command leaves the vault alone", now that every operation is audited: vault.db gains the refused
// operation's audit record (and the checkpoint written when the vault is closed), and nothing else changes.
#include "core/access/Operation.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace coffer::test {

class VaultGuard
{
public:
    explicit VaultGuard(CliRunner &cli)
        : m_cli(cli)
    { }

    // Watches `bundle`; `unlock`: options that unlock it for `audit list` (the owner's).
    void reset(const QString &bundle, const QStringList &unlock)
    {
        m_bundle = bundle;
        m_unlock = unlock;
        reset();
    }
    // Takes the state to compare with: every file but vault.db, and the newest audit record.
    void reset()
    {
        m_files = files();
        const QJsonArray records = auditRecords();
        m_lastSequence = records.isEmpty() ? 0 : records.last().toObject().value(u"sequence").toInteger();
    }

    // Empty when nothing changed since reset() but audit records of failures and reads; otherwise what changed.
    QString changes()
    {
        if (files() != m_files)
            return QStringLiteral("a file of the bundle other than vault.db changed");
        static const QHash<QString, bool> writes = [] {
            QHash<QString, bool> out;
            for (const access::OperationInfo &info : access::allOperations())
                out.insert(info.auditName, out.value(info.auditName) || info.writes);
            return out;
        }();
        for (const QJsonValue &value : auditRecords()) {
            const QJsonObject record = value.toObject();
            const QString operation = record.value(u"operationName").toString();
            if (record.value(u"sequence").toInteger() > m_lastSequence
                && record.value(u"resultType").toString() == u"Success" && writes.value(operation, true))
                return QStringLiteral("the audit log shows a successful change: ")
                        + QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
        }
        return {};
    }
    // The audit records appended since reset() (the guard's own `audit list` runs left out).
    QJsonArray newRecords()
    {
        QJsonArray out;
        for (const QJsonValue &value : auditRecords())
            if (value.toObject().value(u"sequence").toInteger() > m_lastSequence
                && value.toObject().value(u"operationName").toString() != u"AuditList")
                out.append(value);
        return out;
    }

private:
    QHash<QString, QByteArray> files() const
    {
        QHash<QString, QByteArray> out = snapshotFolder(m_bundle);
        out.remove(QStringLiteral("vault.db"));
        return out;
    }
    QJsonArray auditRecords()
    {
        const CliRun run = m_cli.run(
                QStringList {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--vault"), m_bundle}
                + m_unlock);
        if (run.exitCode != 0)
            QTest::qFail(qPrintable(QStringLiteral("audit list failed: ") + run.describe()), __FILE__, __LINE__);
        return QJsonDocument::fromJson(run.out).array();
    }

    CliRunner &m_cli;
    QString m_bundle;
    QStringList m_unlock;
    QHash<QString, QByteArray> m_files;
    qint64 m_lastSequence = 0;
};

} // namespace coffer::test

// Asserts that the guarded vault changed only by audit records of failures and reads.
#define COFFER_VERIFY_UNCHANGED(guard) \
    do { \
        const QString cofferChanges_ = (guard).changes(); \
        QVERIFY2(cofferChanges_.isEmpty(), qPrintable(cofferChanges_)); \
    } while (false)
