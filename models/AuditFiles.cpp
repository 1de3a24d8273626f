#include "models/AuditFiles.h"

#include "core/audit/AuditService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace coffer::models {

int ExportProgress::percent() const
{
    const qint64 expected = linesExpected.load();
    if (expected <= 0)
        return 0;
    return int(std::clamp<qint64>(linesWritten.load() * 100 / expected, 0, 99));
}

namespace {

// Forwards writes to the file, counting lines; refuses to write once cancelled (the export then fails with Io).
class CountingDevice final : public QIODevice
{
public:
    CountingDevice(QIODevice &target, ExportProgress &progress)
        : m_target(target)
        , m_progress(progress)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_progress.cancelRequested.load())
            return -1;
        const qint64 written = m_target.write(data, size);
        if (written > 0)
            count(data, data + written);
        return written;
    }

private:
    // Every line is one canonical JSON object, and a record's last member is "type" (members are sorted).
    void count(const char *from, const char *end)
    {
        static constexpr QByteArrayView recordEnd = "\"type\":\"record\"}";
        static constexpr qsizetype keep = 32;
        while (from < end) {
            const auto *newline = static_cast<const char *>(std::memchr(from, '\n', size_t(end - from)));
            const char *lineEnd = newline ? newline : end;
            if (lineEnd - from >= keep)
                m_tail = QByteArray(lineEnd - keep, keep);
            else
                m_tail = QByteArray(m_tail + QByteArrayView(from, lineEnd - from)).right(keep);
            if (!newline)
                return;
            ++m_progress.linesWritten;
            if (m_tail.endsWith(recordEnd))
                ++m_progress.recordsWritten;
            m_tail.clear();
            from = newline + 1;
        }
    }

    QIODevice &m_target;
    ExportProgress &m_progress;
    QByteArray m_tail; // the end of the line being written
};

} // namespace

namespace auditfiles {

Result<qint64> exportToFile(audit::AuditService &service, const audit::AuditFilter &filter, const QString &path,
                            ExportProgress &progress)
{
    audit::AuditFilter range;
    range.from = filter.from;
    range.to = filter.to;
    auto inRange = service.count(range);
    if (!inRange)
        return inRange.error();
    progress.linesExpected = *inRange + 3 + *inRange / 1000;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    CountingDevice counting(file, progress);
    auto exported = service.exportJsonLines(filter, counting);
    if (progress.cancelRequested.load()) {
        file.cancelWriting();
        return Error(ErrorCode::Cancelled, QStringLiteral("the export was cancelled"));
    }
    if (!exported) {
        file.cancelWriting();
        return exported.error();
    }
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return progress.recordsWritten.load();
}

audit::VerifyReport verifyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        audit::VerifyReport report;
        report.problem = QCoreApplication::translate("coffer::models::AuditFiles", "The file cannot be read: %1")
                                 .arg(file.errorString());
        return report;
    }
    const QByteArray bytes = file.readAll();
    return audit::verifyExportFile(bytes);
}

Result<audit::ImportSummary> importAzureFile(audit::AuditService &service, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    return service.importAzure(bytes, QFileInfo(path).fileName());
}

} // namespace auditfiles

} // namespace coffer::models
