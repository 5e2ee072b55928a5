# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 AMP Lab authors
# amp_add_catalogue(TARGET CHECK name TS_FILES ... SOURCES ... [INCLUDE_DIRECTORIES ...] [LUPDATE_OPTIONS ...])
# A catalogue whose texts lupdate finds in SOURCES alone (a generated or Qt-free file, not amplab's
# own sources): refreshed by update_translations (TARGET_lupdate), compiled to :/i18n/<ts name>.qm
# inside amplab, and checked by the ctest translations_<CHECK> where the check is defined.
function(amp_add_catalogue target)
  cmake_parse_arguments(C "" "CHECK" "TS_FILES;SOURCES;INCLUDE_DIRECTORIES;LUPDATE_OPTIONS" ${ARGN})
  if(NOT TARGET ${target})
    add_custom_target(${target})
  endif()
  qt_add_lupdate(${target}
    TS_FILES ${C_TS_FILES}
    SOURCES ${C_SOURCES}
    INCLUDE_DIRECTORIES ${C_INCLUDE_DIRECTORIES}
    OPTIONS -no-obsolete ${C_LUPDATE_OPTIONS})
  qt_add_lrelease(${target}
    TS_FILES ${C_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE qm_files
    NO_TARGET_DEPENDENCY)
  qt_add_resources(amplab ${target}_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${qm_files})
  add_dependencies(amplab ${target}_lrelease)
  if(COMMAND amp_translation_check)
    amp_translation_check(NAME ${C_CHECK} TS_FILES ${C_TS_FILES} SOURCES ${C_SOURCES}
      INCLUDE_DIRECTORIES ${C_INCLUDE_DIRECTORIES} LUPDATE_OPTIONS ${C_LUPDATE_OPTIONS})
  endif()
endfunction()
