#pragma once

#include <QJsonObject>
#include <QString>

namespace coffer::bench {

// What the numbers were measured on, printed at the top of every run.
struct MachineInfo
{
    int cores = 0;
    QString machine; // uname -m
    QString kernel; // uname -s -r
    QString cpuModel;
    QString loadAverageBefore;
    QString fileSystem; // of the folder holding the vaults
    QString folder;
    QString qtVersion;
    QString sqliteVersion;
    QString sqlcipherVersion;
    QString opensslVersion;
    QString buildType;
    QString timer; // QElapsedTimer's clock

    static MachineInfo collect(const QString &folder);
    static QString loadAverage(); // /proc/loadavg's first three fields

    QString toText() const; // "# ..." lines
    QJsonObject toJson() const;
};

} // namespace coffer::bench
