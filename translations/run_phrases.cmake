# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 AMP Lab authors
# The texts of a run in German and Spanish: amplab_run_<lang>.ts -> :/i18n/amplab_run_<lang>.qm
# inside amplab, context "amp::run" (widgets::runText looks them up there).
# The engine is Qt-free: it builds a run's verdict, warnings and length rule from the templates of
# engine/src/run/phrases.cpp (amp::run::phrase), marked with AMP_TR_NOOP; lupdate scans that file
# alone. After adding a template: cmake --build <dir> --target update_translations, then translate.
amp_add_catalogue(amp_run_phrases CHECK run
  TS_FILES ${CMAKE_CURRENT_SOURCE_DIR}/amplab_run_de.ts ${CMAKE_CURRENT_SOURCE_DIR}/amplab_run_es.ts
  SOURCES ${PROJECT_SOURCE_DIR}/engine/src/run/phrases.cpp
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/engine/include
  LUPDATE_OPTIONS -tr-function-alias QT_TRANSLATE_NOOP+=AMP_TR_NOOP -locations none)
