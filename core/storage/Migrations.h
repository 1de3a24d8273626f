#pragma once

#include "core/common/Result.h"

#include <functional>
#include <vector>

namespace coffer::storage {

class Database;

struct Migration
{
    int version; // the schema version this step produces
    const char *description;
    std::function<Result<void>(Database &)> apply;
};

// Brings the schema to the newest version in `steps`, each step in its own transaction.
// A database newer than the newest step gives ErrorCode::UnsupportedFormat and is left untouched.
Result<int> migrate(Database &db, const std::vector<Migration> &steps);
// The version recorded in the database (0 for an empty one).
Result<int> schemaVersion(Database &db);

} // namespace coffer::storage
