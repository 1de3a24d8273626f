# cmake -DFROM=<build>/test-output/screenshots -DTO=<source>/packaging/screenshots -P CopyScreenshots.cmake
# Copies the screenshots the README and the AppStream metadata show (one per page of the console and the main
# dialogs) from a UI test run into the source tree. A missing one fails: a test stopped making it.
set(pages
    15-overview 15-overview-dark 83-properties-expiry-heatmap 20-secrets-page 22-secrets-details-pane 30-keys-page
    50-certificates-list 25-manage-deleted-countdown 30-access-assignments 35-access-check 40-audit-timeline
    70-rotation-6-months 16-command-palette 17-generator-passphrase 02-wizard-1-name 10-unlock-dialog
    13-settings-dialog 55-import-file)
file(MAKE_DIRECTORY "${TO}")
file(GLOB old "${TO}/*.png")
if(old)
    file(REMOVE ${old})
endif()
foreach(page IN LISTS pages)
    if(NOT EXISTS "${FROM}/${page}.png")
        message(FATAL_ERROR "${FROM}/${page}.png is missing: the UI test that makes it failed or no longer does")
    endif()
    file(COPY "${FROM}/${page}.png" DESTINATION "${TO}")
endforeach()
list(LENGTH pages count)
message(STATUS "Copied ${count} screenshots to ${TO}")
