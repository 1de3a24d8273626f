# Proves that CheckLayering.cmake can fail: runs it over tests/meta/fixtures, where every line marked
# "expect: <rule>" breaks a rule, and checks that it fails, reports exactly the marked lines (as path:line with
# the rule), and that every rule is exercised at least once.
#
#   cmake -DFIXTURE_DIR=<fixtures> -DCHECK_SCRIPT=<CheckLayering.cmake> [-DQT_HEADERS_DIR=...] -P ExpectViolations.cmake
cmake_minimum_required(VERSION 3.25)

set(all_rules core-qt-gui core-upward models-widgets models-upward models-internals ui-internals ui-upward
              third-party qt-sql wall-clock)
file(REAL_PATH "${FIXTURE_DIR}" FIXTURE_DIR)

execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${FIXTURE_DIR} -DQT_HEADERS_DIR=${QT_HEADERS_DIR}
                        -P ${CHECK_SCRIPT}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(output "${out}${err}")
message("--- CheckLayering.cmake over the fixtures said:\n${output}---")

set(problems "")
if(rc EQUAL 0)
    list(APPEND problems "the check passed over a tree full of violations")
endif()

# What the fixtures say must be reported.
file(GLOB_RECURSE fixture_files LIST_DIRECTORIES false RELATIVE "${FIXTURE_DIR}" "${FIXTURE_DIR}/*")
list(SORT fixture_files)
set(expected "")
set(rules_seen "")
foreach(rel IN LISTS fixture_files)
    file(STRINGS "${FIXTURE_DIR}/${rel}" marked REGEX "expect: ")
    if(NOT marked)
        continue()
    endif()
    # file(STRINGS) drops line numbers: count them on the raw text instead.
    file(READ "${FIXTURE_DIR}/${rel}" content)
    string(REPLACE ";" "," content "${content}")
    string(REPLACE "[" "(" content "${content}")
    string(REPLACE "]" ")" content "${content}")
    string(REPLACE "\\" "/" content "${content}")
    string(REPLACE "\n" ";" content "${content}")
    set(line_no 0)
    foreach(line IN LISTS content)
        math(EXPR line_no "${line_no} + 1")
        if(line MATCHES "expect: ([a-z-]+)")
            list(APPEND expected "${rel}:${line_no}: [${CMAKE_MATCH_1}]")
            list(APPEND rules_seen ${CMAKE_MATCH_1})
        endif()
    endforeach()
endforeach()

foreach(entry IN LISTS expected)
    string(FIND "${output}" "${entry}" at)
    if(at EQUAL -1)
        list(APPEND problems "not reported: ${entry}")
    endif()
endforeach()

# Nothing else may be reported.
string(REGEX MATCHALL "[^\n]+:[0-9]+: \\[[a-z-]+\\]" reported "${output}")
foreach(entry IN LISTS reported)
    if(NOT entry IN_LIST expected)
        list(APPEND problems "reported but not marked as a violation: ${entry}")
    endif()
endforeach()

foreach(rule IN LISTS all_rules)
    if(NOT rule IN_LIST rules_seen)
        list(APPEND problems "no fixture breaks rule ${rule}")
    endif()
endforeach()

list(LENGTH expected n_expected)
list(LENGTH reported n_reported)
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "The layering check does not catch what it should:\n  ${text}")
endif()
message("OK: the layering check failed as it must, naming all ${n_expected} marked lines (${n_reported} reported) "
        "across every rule.")
