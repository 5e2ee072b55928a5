# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 AMP Lab authors
# The labs' own texts in German and Spanish: amplab_labs_<lang>.ts -> :/i18n/amplab_labs_<lang>.qm
# inside amplab, context "amp::labs" (widgets::labText looks them up there).
# The labs are plain C++ with no tr(), so amp_lab_strings walks every lab and writes
# lab_strings.cpp, one QT_TRANSLATE_NOOP per text; lupdate scans that file alone.
# After changing a lab's texts:
#   cmake --build <dir> --target update_lab_strings      (rewrites lab_strings.cpp)
#   cmake --build <dir> --target update_translations     (refreshes the .ts files)
# then translate the new entries; the test lab_strings_current fails while lab_strings.cpp is stale.
add_library(amp_lab_strings_core STATIC ${PROJECT_SOURCE_DIR}/translations/extract/lab_strings.cpp)
target_include_directories(amp_lab_strings_core PUBLIC ${PROJECT_SOURCE_DIR}/translations/extract)
target_link_libraries(amp_lab_strings_core PUBLIC amp::labs)
set_target_properties(amp_lab_strings_core PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)  # Qt-free

add_executable(amp_lab_strings ${PROJECT_SOURCE_DIR}/translations/extract/main.cpp)
target_link_libraries(amp_lab_strings PRIVATE amp_lab_strings_core)
set_target_properties(amp_lab_strings PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)

set(AMP_LAB_STRINGS_FILE ${CMAKE_CURRENT_SOURCE_DIR}/lab_strings.cpp)
add_custom_target(update_lab_strings
  COMMAND amp_lab_strings --write ${AMP_LAB_STRINGS_FILE}
  COMMENT "Writing the labs' strings to translations/lab_strings.cpp"
  VERBATIM)
if(AMP_BUILD_TESTS)
  add_test(NAME lab_strings_current COMMAND amp_lab_strings --check ${AMP_LAB_STRINGS_FILE})
  set_tests_properties(lab_strings_current PROPERTIES LABELS app TIMEOUT 60)
endif()

amp_add_catalogue(amp_lab_strings CHECK labs
  TS_FILES ${CMAKE_CURRENT_SOURCE_DIR}/amplab_labs_de.ts ${CMAKE_CURRENT_SOURCE_DIR}/amplab_labs_es.ts
  SOURCES ${AMP_LAB_STRINGS_FILE}
  INCLUDE_DIRECTORIES ${CMAKE_CURRENT_SOURCE_DIR}
  LUPDATE_OPTIONS -locations none)
