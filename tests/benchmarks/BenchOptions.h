#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace coffer::bench {

struct BenchOptions
{
    static const QStringList &allGroups(); // open, get, set, list, rss, keys-sign, keys-hsm, certificates

    QStringList groups = allGroups(); // what --only chose ("secrets": get,set,list,rss; "keys": keys-sign,keys-hsm)
    QList<qint64> rows {10000, 100000}; // vault sizes for the open group
    qint64 secrets = 100000; // vault size for the secrets groups
    int gets = 20000; // gets per sample
    int repeat = 20; // timed samples of open, get, list and the keys groups
    int signs = 100; // signatures per sample (keys groups)
    int setRepeat = 5; // timed samples of set (each writes a fresh vault)
    qint64 certificates = 1000; // certificates in the vault of the certificates group's list
    int certOps = 1; // imports / creates per sample (certificates group)
    QString dir;
    bool keep = false;
    bool json = false;
    bool breakdown = false;
    int cacheKib = 0; // what-if: PRAGMA cache_size = -N on both get/list connections (0: SQLite's default)
    QString measureListRss; // hidden child mode: the bundle to list

    bool runs(const QString &group) const { return groups.contains(group); }
    // nullopt after printing why to stderr.
    static std::optional<BenchOptions> parse(const QCoreApplication &app);
};

} // namespace coffer::bench
