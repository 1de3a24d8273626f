#pragma once

#include "core/storage/Migrations.h"

#include <vector>

namespace coffer::schema {

// Every schema step of vault.db, oldest first. Issues add steps; existing steps never change.
const std::vector<storage::Migration> &migrations();
int latestVersion();

} // namespace coffer::schema
