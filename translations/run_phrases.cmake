# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 AMP Lab authors
# The texts of a run in German and Spanish: amplab_run_<lang>.ts -> :/i18n/amplab_run_<lang>.qm
# inside amplab, context "amp::run" (widgets::runText looks them up there).
# The engine is Qt-free: it builds a run's verdict, warnings and length rule from the templates of
# engine/src/run/phrases.cpp (amp::run::phrase), marked with AMP_TR_NOOP; lupdate scans that file
# alone. After adding a template: cmake --build <dir> --target update_translations, then translate.
set(AMP_RUN_PHRASES_FILE ${PROJECT_SOURCE_DIR}/engine/src/run/phrases.cpp)
set(AMP_RUN_TS_FILES ${CMAKE_CURRENT_SOURCE_DIR}/amplab_run_de.ts ${CMAKE_CURRENT_SOURCE_DIR}/amplab_run_es.ts)
set(AMP_RUN_LUPDATE_OPTIONS -tr-function-alias QT_TRANSLATE_NOOP+=AMP_TR_NOOP -locations none)
add_custom_target(amp_run_phrases)
qt_add_lupdate(amp_run_phrases
  TS_FILES ${AMP_RUN_TS_FILES}
  SOURCES ${AMP_RUN_PHRASES_FILE}
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/engine/include
  OPTIONS -no-obsolete ${AMP_RUN_LUPDATE_OPTIONS})
qt_add_lrelease(amp_run_phrases
  TS_FILES ${AMP_RUN_TS_FILES}
  QM_FILES_OUTPUT_VARIABLE AMP_RUN_QM_FILES
  NO_TARGET_DEPENDENCY)
qt_add_resources(amplab amplab_run_translations
  PREFIX /i18n
  BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${AMP_RUN_QM_FILES})
add_dependencies(amplab amp_run_phrases_lrelease)

if(COMMAND amp_translation_check)
  amp_translation_check(NAME run TS_FILES ${AMP_RUN_TS_FILES} SOURCES ${AMP_RUN_PHRASES_FILE}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/engine/include LUPDATE_OPTIONS ${AMP_RUN_LUPDATE_OPTIONS})
endif()
