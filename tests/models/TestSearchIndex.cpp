// models::SearchIndex and SearchModel, the search behind Ctrl+K: every word must match the name or one field;
// a name that starts with the query ranks above one that contains it, above a match in another field; commands
// come first among equals; thumbprints match with or without colons; the limit holds. SearchModel gives the same
// rows synchronously and off the GUI thread, and drops a result that arrives after a newer query was typed. Over
// 100,000 items the search runs in the background and the model's rows appear when it ends.

#include "models/SearchIndex.h"
#include "models/SearchModel.h"
#include "tests/support/TestUtil.h"

#include <QSignalSpy>
#include <QTest>

using namespace coffer;
using models::SearchIndex;
using models::SearchItem;
using models::SearchModel;

namespace {

SearchItem object(SearchItem::Type type, const QString &name, const QString &vault, const QStringList &fields = {},
                  const QStringList &hexFields = {})
{
    SearchItem item;
    item.type = type;
    item.name = name;
    item.vaultId = QStringLiteral("/vaults/") + vault;
    item.vaultName = vault;
    item.fields = fields;
    item.hexFields = hexFields;
    return item;
}

SearchItem command(const QString &name, const QString &shortcut)
{
    SearchItem item;
    item.type = SearchItem::Type::Command;
    item.name = name;
    item.commandId = QStringLiteral("action") + QString(name).remove(u' ');
    item.shortcut = shortcut;
    return item;
}

QList<SearchItem> sample()
{
    return {
            command(QStringLiteral("Lock All"), QStringLiteral("Ctrl+Shift+L")),
            command(QStringLiteral("Go to Keys"), QStringLiteral("Ctrl+4")),
            object(SearchItem::Type::Secret, QStringLiteral("db-password"), QStringLiteral("team-kv"),
                   {QStringLiteral("tag env=prod"), QStringLiteral("content type text/plain")}),
            object(SearchItem::Type::Secret, QStringLiteral("prod-api-token"), QStringLiteral("team-kv"),
                   {QStringLiteral("tag env=staging")}),
            object(SearchItem::Type::Key, QStringLiteral("signing-key"), QStringLiteral("ops-kv"),
                   {QStringLiteral("tag owner=payments")}),
            object(SearchItem::Type::Certificate, QStringLiteral("web-tls"), QStringLiteral("ops-kv"),
                   {QStringLiteral("subject CN=www.example.test,O=Example"),
                    QStringLiteral("alternative name api.example.test")},
                   {QStringLiteral("thumbprint 9F2C4A0B11D3E5F70819A2B3C4D5E6F708192A3B")}),
            object(SearchItem::Type::Key, QStringLiteral("keys-archive"), QStringLiteral("ops-kv")),
    };
}

QStringList names(const QList<SearchItem> &items, const QList<models::SearchMatch> &matches)
{
    QStringList out;
    for (const models::SearchMatch &match : matches)
        out << items.at(match.item).name;
    return out;
}

QStringList rows(const SearchModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void rankingAndFields()
    {
        const QList<SearchItem> items = sample();
        // "prod": prod-api-token starts with it, db-password has it in a tag.
        const auto prod = SearchIndex::search(items, QStringLiteral("prod"), -1);
        QCOMPARE(names(items, prod), (QStringList {QStringLiteral("prod-api-token"), QStringLiteral("db-password")}));
        QCOMPARE(prod.at(0).score, 0);
        QCOMPARE(prod.at(1).score, 2);
        QCOMPARE(prod.at(1).field, QStringLiteral("tag env=prod"));
        // "key": the command "Go to Keys" and keys-archive start with nothing; both contain it → commands first.
        const auto key = SearchIndex::search(items, QStringLiteral("KEY"), -1);
        QCOMPARE(names(items, key),
                 (QStringList {QStringLiteral("keys-archive"), QStringLiteral("Go to Keys"),
                               QStringLiteral("signing-key")}));
        // Every word must match, each anywhere.
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("secret env=prod text/plain"), -1)),
                 QStringList());
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("db env=prod text/plain"), -1)),
                 QStringList {QStringLiteral("db-password")});
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("example.test"), -1)),
                 QStringList {QStringLiteral("web-tls")});
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("payments"), -1)),
                 QStringList {QStringLiteral("signing-key")});
        // An empty query lists everything, commands first.
        const auto all = SearchIndex::search(items, QString(), -1);
        QCOMPARE(all.size(), items.size());
        QCOMPARE(items.at(all.at(0).item).type, SearchItem::Type::Command);
        QCOMPARE(SearchIndex::search(items, QString(), 3).size(), 3);
    }

    void thumbprintWithOrWithoutColons()
    {
        const QList<SearchItem> items = sample();
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("9f2c4a0b"), -1)),
                 QStringList {QStringLiteral("web-tls")});
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("9F:2C:4A:0B:11"), -1)),
                 QStringList {QStringLiteral("web-tls")});
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("9F:2C:4A:0B:12"), -1)), QStringList());
        // Only the beginning counts, and only from 4 hex digits on: "0B11" is inside, "9F2" too short.
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("0B11"), -1)), QStringList());
        QCOMPARE(names(items, SearchIndex::search(items, QStringLiteral("9F2"), -1)), QStringList());
    }

    void modelSyncAndAsyncAgree()
    {
        SearchModel sync;
        sync.setItems(sample());
        SearchModel async;
        async.setAsyncThreshold(0);
        QSignalSpy finished(&async, &SearchModel::searchFinished);
        async.setItems(sample());
        QVERIFY(finished.wait(5000));
        for (const QString &query : {QStringLiteral("prod"), QStringLiteral("key"), QStringLiteral("ops-kv"),
                                     QStringLiteral("nothing-like-this")}) {
            sync.setQuery(query);
            finished.clear();
            async.setQuery(query);
            QVERIFY(finished.wait(5000));
            QCOMPARE(rows(async), rows(sync));
        }
        sync.setQuery(QStringLiteral("prod"));
        QCOMPARE(sync.index(1, 0).data(SearchModel::DetailRole).toString(),
                 QStringLiteral("Secret in team-kv · tag env=prod"));
        sync.setQuery(QStringLiteral("lock"));
        QCOMPARE(sync.index(0, 0).data(SearchModel::DetailRole).toString(), QStringLiteral("Command · Ctrl+Shift+L"));
    }

    void staleResultsAreDropped()
    {
        // 100,000 objects: the search runs in the background; three keystrokes in a row leave the rows of the
        // last query only.
        QList<SearchItem> items;
        items.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            items << object(SearchItem::Type::Secret, QStringLiteral("secret-%1").arg(i, 6, 10, QLatin1Char('0')),
                            QStringLiteral("big-kv"), {QStringLiteral("tag shard=%1").arg(i % 97)});
        SearchModel model;
        QSignalSpy finished(&model, &SearchModel::searchFinished);
        model.setItems(items); // above the threshold: async
        QVERIFY(model.isSearching());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), SearchModel::kLimit);
        finished.clear();
        model.setQuery(QStringLiteral("secret-0999"));
        model.setQuery(QStringLiteral("secret-09999"));
        model.setQuery(QStringLiteral("secret-099999"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isSearching() && model.query() == QStringLiteral("secret-099999")
                                         && rows(model) == QStringList {QStringLiteral("secret-099999")},
                                 10000);
        // Whatever finished in between, the last signal leaves the last query's rows.
        QVERIFY(!finished.isEmpty());
        QCOMPARE(rows(model), QStringList {QStringLiteral("secret-099999")});
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "TestSearchIndex.moc"
