// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The little cores' kernel. This file alone is compiled with -fno-tree-vectorize (see
// CMakeLists.txt): at -O2/-O3 GCC would otherwise pack the four independent accumulators below
// into one SSE register (SLP vectorization), and the "scalar" path would be a 4-wide vector one.
#include "simd/simd_kernels.h"

namespace amp::labs::simd {

float dotScalar(const float* x, const float* y, std::size_t n) {
  // Four accumulators: the scalar path as fast as one scalar unit goes (not limited by the
  // latency of one running sum), so the vector speedup measured is the lanes', not the chain's.
  float a0 = 0.0F, a1 = 0.0F, a2 = 0.0F, a3 = 0.0F;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    a0 += x[i] * y[i];
    a1 += x[i + 1] * y[i + 1];
    a2 += x[i + 2] * y[i + 2];
    a3 += x[i + 3] * y[i + 3];
  }
  for (; i < n; ++i) a0 += x[i] * y[i];
  return (a0 + a1) + (a2 + a3);
}

}  // namespace amp::labs::simd
