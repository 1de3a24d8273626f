# The SoftHSM2 CTest fixture: every test declared `coffer_add_test(... SOFTHSM)` gets a SoftHSM2 token folder of
# its own (ctest -j runs tests in parallel and SoftHSM keeps its state in files), made fresh on every ctest run
# by the fixture-setup test `softhsm.Tokens`. The test sees (tests/support/SoftHsm.h reads them):
#   SOFTHSM2_CONF            <build>/softhsm/<layer>.<Class>/softhsm2.conf (tokendir beside it)
#   COFFER_TEST_HSM_MODULE   the SoftHSM2 module (COFFER_SOFTHSM_MODULE)
#   COFFER_TEST_HSM_LABEL    label of the initialised token
#   COFFER_TEST_HSM_PIN      its user PIN
#   COFFER_TEST_HSM_SO_PIN   its security officer PIN
# Without softhsm2-util or the module the setup test passes and writes nothing; the tests then skip.

set(COFFER_SOFTHSM_MODULE "/usr/lib/softhsm/libsofthsm2.so" CACHE FILEPATH "SoftHSM2 PKCS#11 module for tests")
find_program(COFFER_SOFTHSM2_UTIL softhsm2-util)
# Cache variables: the functions below run in other directories' scopes (tests/core, tests/).
set(COFFER_SOFTHSM_LABEL "coffer-test" CACHE INTERNAL "")
set(COFFER_SOFTHSM_PIN "coffer-user-1234" CACHE INTERNAL "")
set(COFFER_SOFTHSM_SO_PIN "coffer-so-5678" CACHE INTERNAL "")

# Called by coffer_add_test for a SOFTHSM test: adds the environment to the caller's `env_var` list.
function(coffer_softhsm_test test env_var)
    set(dir "${CMAKE_BINARY_DIR}/softhsm/${test}")
    set_property(GLOBAL APPEND PROPERTY COFFER_SOFTHSM_TESTS "${test}")
    set_tests_properties(${test} PROPERTIES FIXTURES_REQUIRED softhsm)
    set(${env_var} ${${env_var}}
        "SOFTHSM2_CONF=${dir}/softhsm2.conf"
        "COFFER_TEST_HSM_MODULE=${COFFER_SOFTHSM_MODULE}"
        "COFFER_TEST_HSM_LABEL=${COFFER_SOFTHSM_LABEL}"
        "COFFER_TEST_HSM_PIN=${COFFER_SOFTHSM_PIN}"
        "COFFER_TEST_HSM_SO_PIN=${COFFER_SOFTHSM_SO_PIN}"
        PARENT_SCOPE)
endfunction()

# Deferred to the end of tests/CMakeLists.txt, when every SOFTHSM test is known.
function(coffer_softhsm_fixture)
    get_property(tests GLOBAL PROPERTY COFFER_SOFTHSM_TESTS)
    if(NOT tests)
        return()
    endif()
    string(REPLACE ";" "|" test_list "${tests}")
    add_test(NAME softhsm.Tokens
             COMMAND ${CMAKE_COMMAND} "-DROOT=${CMAKE_BINARY_DIR}/softhsm" "-DTESTS=${test_list}"
                     "-DUTIL=${COFFER_SOFTHSM2_UTIL}" "-DMODULE=${COFFER_SOFTHSM_MODULE}"
                     "-DLABEL=${COFFER_SOFTHSM_LABEL}" "-DPIN=${COFFER_SOFTHSM_PIN}"
                     "-DSO_PIN=${COFFER_SOFTHSM_SO_PIN}" -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/SoftHsmTokens.cmake")
    set_tests_properties(softhsm.Tokens PROPERTIES FIXTURES_SETUP softhsm LABELS core TIMEOUT 120)
endfunction()

cmake_language(DEFER DIRECTORY "${PROJECT_SOURCE_DIR}/tests" CALL coffer_softhsm_fixture)
