# bench.Smoke: runs coffer-bench on tiny vaults, as text and as JSON, and checks the exit codes and the output:
# every group (open with --breakdown, get, set, list, rss) prints its rows, with numbers, ratios and goals.
# Usage: cmake -DBENCH=/path/to/coffer-bench -P RunSmoke.cmake
set(args --rows 200 --repeat 2 --secrets 300 --gets 200 --set-repeat 2)

execute_process(COMMAND "${BENCH}" ${args} --breakdown RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE err)
message("${text}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "coffer-bench exited with ${rc}:\n${err}")
endif()
set(number "[0-9]+\\.[0-9]+")
foreach(expected "median ms"
                 "\n *200 +Vault::open \\(recovery key\\) +${number} +${number} +${number} +2 +[0-9,]+ +${number} +time <= 1\\.5"
                 "# OpenSSL secure heap: core's own"
                 "bare SQLCipher open\\+key\\+read"
                 "step: storage::Database::open +${number}"
                 "unaccounted \\(open - replay, per round\\) +-?${number}"
                 "\n *300 +SecretStore::get \\(by name, value\\) +${number} .* ${number} +rate >= 0\\.5 (ok|MISSED)"
                 "bare SELECT value by name \\(join\\) +${number}"
                 "bare SELECT value FROM versions WHERE id=\\? +${number}"
                 "\n *300 +SecretStore::setMany \\(1 import call\\) +${number} .* ${number} +rate >= 0\\.5 (ok|MISSED)"
                 "bare INSERT objects\\+versions, 1 txn +${number}"
                 "\n *300 +SecretStore::list \\(metadata\\) +${number} .* ${number} +rate >= 0\\.5 (ok|MISSED)"
                 "bare SELECT same as list\\(\\), stepped +${number}"
                 "peak RSS, child: open \\+ list \\(VmHWM\\) .* ${number} MB +<= 150\\.0 MB (ok|MISSED)")
    if(NOT text MATCHES "${expected}")
        message(FATAL_ERROR "the table lacks '${expected}'")
    endif()
endforeach()

execute_process(COMMAND "${BENCH}" ${args} --json RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "coffer-bench --json exited with ${rc}:\n${err}")
endif()
string(JSON count ERROR_VARIABLE jsonError LENGTH "${json}" results)
if(jsonError)
    message(FATAL_ERROR "coffer-bench --json printed no valid JSON: ${jsonError}\n${json}")
endif()
# open: 3 rows; get: 5 (Coffer, bare by name, bare by row id, bare audited read, Coffer vs that); set, list: 2 each;
# rss: 3.
if(NOT count EQUAL 15)
    message(FATAL_ERROR "coffer-bench --json gave ${count} results, expected 15")
endif()
foreach(index 0 3 7 8 10)
    string(JSON ratio GET "${json}" results ${index} ratio)
    if(NOT ratio GREATER 0)
        message(FATAL_ERROR "result ${index} has no ratio: ${ratio}")
    endif()
endforeach()
string(JSON peak GET "${json}" results 12 peakBytes)
if(NOT peak GREATER 1000000)
    message(FATAL_ERROR "the rss result has no plausible peak: ${peak}")
endif()

# --only runs just the groups asked for.
execute_process(COMMAND "${BENCH}" ${args} --only list --json RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "coffer-bench --only list exited with ${rc}:\n${err}")
endif()
string(JSON count LENGTH "${json}" results)
string(JSON group GET "${json}" results 0 group)
if(NOT count EQUAL 2 OR NOT group STREQUAL "list")
    message(FATAL_ERROR "--only list gave ${count} results starting with group '${group}'")
endif()
execute_process(COMMAND "${BENCH}" --only nonsense RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--only takes")
    message(FATAL_ERROR "--only nonsense was not refused (exit ${rc}): ${err}")
endif()
