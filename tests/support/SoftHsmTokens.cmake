# Fixture setup of the SoftHSM2 tests (SoftHsmFixture.cmake): for each test, wipe <ROOT>/<test>, write its
# softhsm2.conf and initialise one token. Run as: cmake -DROOT=... -DTESTS=a|b -DUTIL=... -DMODULE=... -DLABEL=...
# -DPIN=... -DSO_PIN=... -P SoftHsmTokens.cmake

string(REPLACE "|" ";" tests "${TESTS}")
foreach(test IN LISTS tests)
    file(REMOVE_RECURSE "${ROOT}/${test}")
endforeach()
if(NOT UTIL OR NOT EXISTS "${UTIL}" OR NOT EXISTS "${MODULE}")
    message(STATUS "SoftHSM2 not installed (softhsm2-util '${UTIL}', module '${MODULE}'): the SOFTHSM tests skip")
    return()
endif()

foreach(test IN LISTS tests)
    set(dir "${ROOT}/${test}")
    file(MAKE_DIRECTORY "${dir}/tokens")
    file(WRITE "${dir}/softhsm2.conf"
         "directories.tokendir = ${dir}/tokens\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n")
    set(ENV{SOFTHSM2_CONF} "${dir}/softhsm2.conf")
    execute_process(COMMAND "${UTIL}" --init-token --free --label "${LABEL}" --pin "${PIN}" --so-pin "${SO_PIN}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "softhsm2-util --init-token for ${test} failed (${rc}): ${out}${err}")
    endif()
endforeach()
list(LENGTH tests count)
message(STATUS "SoftHSM2: ${count} fresh tokens labelled '${LABEL}' under ${ROOT}")
