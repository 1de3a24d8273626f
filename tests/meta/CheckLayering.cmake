# Checks that dependencies point one way, app -> ui -> models -> core (DESIGN.md section 2), by scanning sources.
# Link rules alone cannot do it on Debian, where every Qt module's headers share one include root.
#
#   cmake -DSOURCE_DIR=<tree> [-DQT_HEADERS_DIR=<qt6 include root>] [-DEXCLUDE=<regex of relative paths>]
#         -P CheckLayering.cmake
#
# Prints every offending line as "path:line: [rule] why: text" and fails when there is any. Rules:
#   core-qt-gui       core/ includes a header of a GUI or SQL Qt module (QtGui, QtWidgets, QtCharts, QtSql, ...),
#                     by module path or by class header (<QWidget>, <QColor>, ...)
#   core-upward       core/ includes anything from models/, ui/ or app/
#   models-widgets    models/ includes a QtWidgets (or Charts, SQL, ...) header
#   models-upward     models/ includes anything from ui/ or app/
#   models-internals  models/ includes core/storage, core/crypto or core/hsm
#   ui-internals      ui/ includes core/storage, core/crypto or core/hsm
#   ui-upward         ui/ includes anything from app/
#   third-party       models/, ui/ or app/ includes openssl/, sqlcipher/, sqlite3.h, argon2.h, qt6keychain/ or
#                     p11-kit/ (these libraries are private to core)
#   qt-sql            a source includes QtSql, or a CMake file links Qt's SQL module (its SQLite clashes with
#                     SQLCipher in one process, see PLATFORM.md)
#   wall-clock        core/ or models/ reads the system clock (QDateTime::currentDateTime*, current*SecsSinceEpoch,
#                     QDate::currentDate, QTime::currentTime, std::chrono::system_clock): time comes from the
#                     injected coffer::Clock; only app/ may read the machine's clock.
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "CheckLayering: pass -DSOURCE_DIR=<source tree> (got '${SOURCE_DIR}')")
endif()
file(REAL_PATH "${SOURCE_DIR}" SOURCE_DIR)

# --- Which Qt module each class header belongs to ------------------------------------------------------------
set(gui_modules QtGui QtWidgets QtCharts QtSql QtSvg QtSvgWidgets QtOpenGL QtOpenGLWidgets QtPrintSupport)
set(widget_modules QtWidgets QtCharts QtSql QtSvgWidgets QtOpenGLWidgets QtPrintSupport)
# Used when the Qt headers are not at hand (and always, so that the fixture test behaves the same everywhere).
set(fallback_QtWidgets QWidget QApplication QDialog QMainWindow QPushButton QLabel QMessageBox QAbstractItemView
                       QTableView QTreeView QLineEdit QVBoxLayout qwidget.h qapplication.h qdialog.h)
set(fallback_QtGui QGuiApplication QColor QIcon QPixmap QImage QFont QPainter QStandardItemModel qcolor.h)
set(fallback_QtCharts QChart QChartView QLineSeries)
set(fallback_QtSql QSqlDatabase QSqlQuery QSqlError)
set(qt_core_names "")
if(QT_HEADERS_DIR AND IS_DIRECTORY "${QT_HEADERS_DIR}/QtCore")
    file(GLOB qt_core_names LIST_DIRECTORIES false RELATIVE "${QT_HEADERS_DIR}/QtCore" "${QT_HEADERS_DIR}/QtCore/*")
endif()
foreach(module IN LISTS gui_modules)
    set(names ${fallback_${module}})
    if(QT_HEADERS_DIR AND IS_DIRECTORY "${QT_HEADERS_DIR}/${module}")
        file(GLOB found LIST_DIRECTORIES false RELATIVE "${QT_HEADERS_DIR}/${module}" "${QT_HEADERS_DIR}/${module}/*")
        list(APPEND names ${found})
    endif()
    foreach(name IN LISTS names)
        if(NOT name IN_LIST qt_core_names)
            set("qtmodule_of_${name}" ${module})
        endif()
    endforeach()
endforeach()

# The Qt module of an included header: QtWidgets/QWidget, <QtWidgets>, <QWidget> and <qwidget.h> all give QtWidgets.
function(qt_module_of header out)
    set(module "")
    if(header MATCHES "^(Qt[A-Za-z]+)(/|$)")
        set(module ${CMAKE_MATCH_1})
    elseif(DEFINED "qtmodule_of_${header}")
        set(module ${qtmodule_of_${header}})
    endif()
    set(${out} "${module}" PARENT_SCOPE)
endfunction()

set(violations "")
set(count 0)
function(report rel line_no rule why text)
    string(STRIP "${text}" text)
    set(entry "${rel}:${line_no}: [${rule}] ${why}: ${text}")
    message("${entry}")
    math(EXPR n "${count} + 1")
    set(count ${n} PARENT_SCOPE)
endfunction()

# Lines of a file as a CMake list, with the characters CMake lists treat specially made inert.
function(read_lines file out)
    file(READ "${file}" content)
    string(REPLACE "\\" "<BSL>" content "${content}")
    string(REPLACE ";" "<SEMI>" content "${content}")
    string(REPLACE "[" "<LBR>" content "${content}")
    string(REPLACE "]" "<RBR>" content "${content}")
    string(REPLACE "\r" "" content "${content}")
    string(REPLACE "\n" ";" content "${content}")
    set(${out} "${content}" PARENT_SCOPE)
endfunction()

function(restore_line line out)
    string(REPLACE "<BSL>" "\\" line "${line}")
    string(REPLACE "<SEMI>" ";" line "${line}")
    string(REPLACE "<LBR>" "[" line "${line}")
    string(REPLACE "<RBR>" "]" line "${line}")
    set(${out} "${line}" PARENT_SCOPE)
endfunction()

set(include_regex "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
set(clock_regex "QDateTime::currentDateTime|QDateTime::current(M)?SecsSinceEpoch|QDate::currentDate|QTime::currentTime|system_clock")
set(third_party_regex "^(openssl/|sqlcipher/|sqlite3\\.h$|argon2\\.h$|qt6keychain/|qtkeychain/|p11-kit/)")

# --- C++ sources ----------------------------------------------------------------------------------------------
foreach(layer core models ui app)
    if(NOT IS_DIRECTORY "${SOURCE_DIR}/${layer}")
        continue()
    endif()
    file(GLOB_RECURSE sources LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
         "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.hpp" "${SOURCE_DIR}/${layer}/*.cpp"
         "${SOURCE_DIR}/${layer}/*.cc" "${SOURCE_DIR}/${layer}/*.cxx")
    list(SORT sources)
    foreach(rel IN LISTS sources)
        if(EXCLUDE AND rel MATCHES "${EXCLUDE}")
            continue()
        endif()
        read_lines("${SOURCE_DIR}/${rel}" lines)
        set(line_no 0)
        foreach(line IN LISTS lines)
            math(EXPR line_no "${line_no} + 1")
            if(line MATCHES "${include_regex}")
                set(header "${CMAKE_MATCH_1}")
                restore_line("${line}" text)
                qt_module_of("${header}" module)
                if(module STREQUAL "QtSql")
                    report(${rel} ${line_no} qt-sql "Qt's SQL module clashes with SQLCipher" "${text}")
                elseif(layer STREQUAL "core")
                    if(module IN_LIST gui_modules)
                        report(${rel} ${line_no} core-qt-gui "core uses Qt Core only, not ${module}" "${text}")
                    elseif(header MATCHES "^(models|ui|app)/")
                        report(${rel} ${line_no} core-upward "core must not include a layer above it" "${text}")
                    endif()
                else()
                    if(header MATCHES "${third_party_regex}")
                        report(${rel} ${line_no} third-party "only core may include this library's headers" "${text}")
                    elseif(layer STREQUAL "models" AND module IN_LIST widget_modules)
                        report(${rel} ${line_no} models-widgets "models has no widgets (${module})" "${text}")
                    elseif(layer STREQUAL "models" AND header MATCHES "^(ui|app)/")
                        report(${rel} ${line_no} models-upward "models must not include ui/ or app/" "${text}")
                    elseif(layer STREQUAL "models" AND header MATCHES "^core/(storage|crypto|hsm)/")
                        report(${rel} ${line_no} models-internals "models must not reach into core internals" "${text}")
                    elseif(layer STREQUAL "ui" AND header MATCHES "^core/(storage|crypto|hsm)/")
                        report(${rel} ${line_no} ui-internals "ui must go through models, not core internals" "${text}")
                    elseif(layer STREQUAL "ui" AND header MATCHES "^app/")
                        report(${rel} ${line_no} ui-upward "ui must not include app/" "${text}")
                    endif()
                endif()
            elseif((layer STREQUAL "core" OR layer STREQUAL "models") AND line MATCHES "${clock_regex}")
                # Comments may name the forbidden calls; code may not.
                string(REGEX REPLACE "//.*" "" code "${line}")
                if(code MATCHES "${clock_regex}" AND NOT code MATCHES "^[ \t]*/?\\*")
                    restore_line("${line}" text)
                    report(${rel} ${line_no} wall-clock "read time from the injected coffer::Clock" "${text}")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()

# --- CMake files: nothing links Qt's SQL module ---------------------------------------------------------------
string(CONCAT sql_target_regex "Qt6?::" "Sql([^A-Za-z0-9_]|$)") # split so that this file does not match itself
file(GLOB cmake_files LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/CMakeLists.txt")
foreach(dir cmake core models ui app tests packaging resources translations)
    if(IS_DIRECTORY "${SOURCE_DIR}/${dir}")
        file(GLOB_RECURSE found LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
             "${SOURCE_DIR}/${dir}/CMakeLists.txt" "${SOURCE_DIR}/${dir}/*.cmake")
        list(APPEND cmake_files ${found})
    endif()
endforeach()
list(REMOVE_DUPLICATES cmake_files)
list(SORT cmake_files)
foreach(rel IN LISTS cmake_files)
    if(EXCLUDE AND rel MATCHES "${EXCLUDE}")
        continue()
    endif()
    read_lines("${SOURCE_DIR}/${rel}" lines)
    set(line_no 0)
    foreach(line IN LISTS lines)
        math(EXPR line_no "${line_no} + 1")
        string(REGEX REPLACE "#.*" "" code "${line}")
        if(code MATCHES "${sql_target_regex}")
            restore_line("${line}" text)
            report(${rel} ${line_no} qt-sql "never link Qt's SQL module: its SQLite clashes with SQLCipher" "${text}")
        endif()
    endforeach()
endforeach()

if(count GREATER 0)
    message(FATAL_ERROR "${count} layering violation(s) in ${SOURCE_DIR} (rules: tests/meta/CheckLayering.cmake)")
endif()
message("Layering OK: app -> ui -> models -> core, third-party headers only in core, time from coffer::Clock.")
