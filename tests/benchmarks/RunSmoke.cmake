# bench.Smoke: runs coffer-bench on tiny vaults, as text and as JSON, and checks the exit codes and the output:
# every group (open with --breakdown, get, set, list, rss, keys-sign, keys-hsm) prints its rows, with numbers,
# ratios and goals. keys-hsm may skip (no SoftHSM2 on the machine): then it must say why.
# Usage: cmake -DBENCH=/path/to/coffer-bench -P RunSmoke.cmake
set(args --rows 200 --repeat 2 --secrets 300 --gets 200 --set-repeat 2 --signs 5)

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
                 "peak RSS, child: open \\+ list \\(VmHWM\\) .* ${number} MB +<= 150\\.0 MB (ok|MISSED)"
                 "\n *2 +KeyStore::sign RS256, RSA-2048 software +${number} .* ${number} +rate >= 0\\.9 (ok|MISSED)"
                 "\n *2 +bare EVP_PKEY_sign RS256 \\(same key\\) +${number}"
                 "\n *2 +bare RS256 \\+ BEGIN\\+INSERT\\+COMMIT +${number}"
                 "\n *2 +KeyStore::sign RS256 vs the audited limit +${number} .* ${number} +- "
                 "\n *2 +KeyStore::sign ES256, P-256 software +${number} .* ${number} +rate >= 0\\.8 (ok|MISSED)"
                 "\n *2 +bare EVP_PKEY_sign ES256 \\(same key\\) +${number}"
                 "\n *2 +bare ES256 \\+ BEGIN\\+INSERT\\+COMMIT +${number}"
                 "\n *2 +KeyStore::sign ES256 vs the audited limit +${number} .* ${number} +- ")
    if(NOT text MATCHES "${expected}")
        message(FATAL_ERROR "the table lacks '${expected}'")
    endif()
endforeach()
if(text MATCHES "# \\[keys-hsm\\] skipped: [^\n]+")
    message("keys-hsm did not run: ${CMAKE_MATCH_0}")
    set(hsm_rows 0)
else()
    foreach(expected
            "\n *2 +KeyStore::sign RS256, RSA-HSM 2048 +${number} .* ${number} +rate >= 0\\.9 (ok|MISSED)"
            "\n *2 +bare C_SignInit\\+C_Sign RS256 \\(same object\\) +${number}"
            "\n *2 +bare RS256 C_Sign \\+ BEGIN\\+INSERT\\+COMMIT +${number}"
            "\n *2 +HsmToken::sign RS256 \\(core/hsm, no vault\\) +${number}"
            "\n *2 +KeyStore::sign RS256 vs the audited limit +${number} .* ${number} +- "
            "\n *2 +KeyStore::sign ES256, EC-HSM P-256 +${number} .* ${number} +rate >= 0\\.9 (ok|MISSED)"
            "\n *2 +bare C_SignInit\\+C_Sign ES256 \\(same object\\) +${number}"
            "\n *2 +HsmToken::sign ES256 \\(core/hsm, no vault\\) +${number}")
        if(NOT text MATCHES "${expected}")
            message(FATAL_ERROR "the table lacks '${expected}'")
        endif()
    endforeach()
    set(hsm_rows 10)
endif()

execute_process(COMMAND "${BENCH}" ${args} --json RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "coffer-bench --json exited with ${rc}:\n${err}")
endif()
string(JSON count ERROR_VARIABLE jsonError LENGTH "${json}" results)
if(jsonError)
    message(FATAL_ERROR "coffer-bench --json printed no valid JSON: ${jsonError}\n${json}")
endif()
# open: 3 rows; get: 5 (Coffer, bare by name, bare by row id, bare audited read, Coffer vs that); set, list: 2 each;
# rss: 3; keys-sign: 4 per algorithm (Coffer, bare EVP, bare EVP + audited write, Coffer vs that); keys-hsm: 5 per
# algorithm (the same and HsmToken::sign) unless it skipped.
math(EXPR expected_count "23 + ${hsm_rows}")
if(NOT count EQUAL expected_count)
    message(FATAL_ERROR "coffer-bench --json gave ${count} results, expected ${expected_count}")
endif()
set(ratio_rows 0 3 7 8 10 15 18 19 22)
if(hsm_rows GREATER 0)
    list(APPEND ratio_rows 23 27 28 32)
endif()
foreach(index IN LISTS ratio_rows)
    string(JSON ratio GET "${json}" results ${index} ratio)
    if(NOT ratio GREATER 0)
        message(FATAL_ERROR "result ${index} has no ratio: ${ratio}")
    endif()
endforeach()
foreach(index 15 19)
    string(JSON group GET "${json}" results ${index} group)
    string(JSON met GET "${json}" results ${index} meetsGoal)
    if(NOT group STREQUAL "keys-sign" OR NOT met MATCHES "^(ON|OFF|true|false)$")
        message(FATAL_ERROR "result ${index} is not a keys-sign row with a goal: ${group} ${met}")
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
# "keys" stands for keys-sign,keys-hsm.
execute_process(COMMAND "${BENCH}" ${args} --only keys --json RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "coffer-bench --only keys exited with ${rc}:\n${err}")
endif()
string(JSON count LENGTH "${json}" results)
string(JSON first GET "${json}" results 0 group)
math(EXPR expected_count "8 + ${hsm_rows}")
if(NOT count EQUAL expected_count OR NOT first STREQUAL "keys-sign")
    message(FATAL_ERROR "--only keys gave ${count} results starting with group '${first}'")
endif()
execute_process(COMMAND "${BENCH}" --only nonsense RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--only takes")
    message(FATAL_ERROR "--only nonsense was not refused (exit ${rc}): ${err}")
endif()
