# bench.Smoke: runs coffer-bench on tiny vaults, as text and as JSON, and checks the exit codes and the output:
# every group (open with --breakdown, get, set, list, rss, keys-sign, keys-hsm, certificates) prints its rows, with
# numbers, ratios and goals. keys-hsm may skip (no SoftHSM2 on the machine): then it must say why.
# Usage: cmake -DBENCH=/path/to/coffer-bench -P RunSmoke.cmake
set(args --rows 200 --repeat 2 --secrets 300 --gets 200 --set-repeat 2 --signs 5 --certificates 20 --cert-ops 1)

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
                 "\n *2 +KeyStore::sign ES256 vs the audited limit +${number} .* ${number} +- "
                 "\n *1 +CertificateStore::importCertificate \\(PFX\\) +${number} .* ${number} +rate >= 0\\.8 (ok|MISSED)"
                 "\n *1 +bare PKCS12_parse \\+ BEGIN\\+INSERT\\+COMMIT +${number}"
                 "\n *1 +bare d2i_PKCS12 \\+ PKCS12_parse \\(same file\\) +${number}"
                 "\n *1 +core parseCertificateFile \\(no vault\\) +${number}"
                 "\n *1 +core writePfx, blank password, 3 certs +${number}"
                 "\n *1 +bare EVP_PKEY_check, RSA-2048 leaf key +${number}"
                 "\n *1 +bare RS256 sign \\+ verify, same key +${number}"
                 "\n *1 +importCertificate vs the bare parse alone +${number} .* ${number} +- "
                 "\n *1 +CertificateStore::create Self, RSA-2048 +${number} .* ${number} +rate >= 0\\.9 (ok|MISSED)"
                 "\n *1 +bare RSA-2048 keygen \\+ X509_sign +${number}"
                 "\n *1 +CertificateStore::renew, reuse_key \\(no keygen\\) +${number}"
                 "\n *1 +bare X509_sign only \\(existing key\\) +${number}"
                 "\n *1 +core writePfx, blank password, key \\+ cert +${number}"
                 "\n *20 +CertificateStore::list \\(details\\) +${number} .* ${number} +rate >= 0\\.5 (ok|MISSED)"
                 "\n *20 +bare SELECT name, cer \\+ d2i_X509 each +${number}"
                 "\n *20 +bare \\+ X509_self_signed \\(verify\\) each +${number}"
                 "\n *20 +list\\(\\)'s SELECT \\+ core X509Certificate::fromDer +${number}"
                 "\n *20 +list\\(\\)'s SELECT alone, no parse +${number}"
                 "# \\[certificates\\] rows: 1 for import/create")
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
# algorithm (the same and HsmToken::sign) unless it skipped; certificates: 18 (import 8, create 5, list 5), last.
math(EXPR expected_count "23 + ${hsm_rows} + 18")
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
# certificates: import (vs parse + audited write, and vs the parse alone), create and list carry ratios; the first
# three goals.
math(EXPR certs "23 + ${hsm_rows}")
foreach(offset 0 7 8 13)
    math(EXPR index "${certs} + ${offset}")
    string(JSON group GET "${json}" results ${index} group)
    string(JSON ratio GET "${json}" results ${index} ratio)
    if(NOT group STREQUAL "certificates" OR NOT ratio GREATER 0)
        message(FATAL_ERROR "result ${index} is not a certificates row with a ratio: ${group} ${ratio}")
    endif()
    if(NOT offset EQUAL 7)
        string(JSON met GET "${json}" results ${index} meetsGoal)
        if(NOT met MATCHES "^(ON|OFF|true|false)$")
            message(FATAL_ERROR "certificates result ${index} has no goal: ${met}")
        endif()
    endif()
endforeach()
math(EXPR index "${certs} + 13")
string(JSON listed GET "${json}" results ${index} rows)
if(NOT listed EQUAL 20)
    message(FATAL_ERROR "the certificates list did not list --certificates 20: rows ${listed}")
endif()
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
