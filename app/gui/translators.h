// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
// The GUI's language is the application's: i18n/translators.h, shared with the command line.
#include "i18n/translators.h"
