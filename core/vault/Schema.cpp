#include "core/vault/Schema.h"

#include "core/storage/Database.h"

namespace coffer::schema {

const std::vector<storage::Migration> &migrations()
{
    static const std::vector<storage::Migration> steps = {
        {1, "vault metadata",
         [](storage::Database &db) -> Result<void> {
             return db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
         }},
    };
    return steps;
}

int latestVersion()
{
    return migrations().back().version;
}

} // namespace coffer::schema
