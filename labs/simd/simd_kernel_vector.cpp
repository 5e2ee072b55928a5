// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The big core's kernel: one build per instruction set, each function compiled for its target
// with __attribute__((target(...))) so the rest of the program stays portable, and chosen at run
// time with __builtin_cpu_supports.
#include <immintrin.h>

#include <cmath>
#include <initializer_list>
#include <limits>

#include "simd/simd_kernels.h"

namespace amp::labs::simd {

namespace {

__attribute__((target("avx2,fma"))) float dotAvx2(const float* x, const float* y, std::size_t n) {
  __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps(), a2 = _mm256_setzero_ps(),
         a3 = _mm256_setzero_ps();
  std::size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    a0 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i), a0);
    a1 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 8), _mm256_loadu_ps(y + i + 8), a1);
    a2 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 16), _mm256_loadu_ps(y + i + 16), a2);
    a3 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 24), _mm256_loadu_ps(y + i + 24), a3);
  }
  for (; i + 8 <= n; i += 8) a0 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i), a0);
  const __m256 s8 = _mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3));
  __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(s8), _mm256_extractf128_ps(s8, 1));
  s4 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
  s4 = _mm_add_ss(s4, _mm_shuffle_ps(s4, s4, 1));
  float sum = _mm_cvtss_f32(s4);
  for (; i < n; ++i) sum += x[i] * y[i];  // fewer than 8 left
  return sum;
}

__attribute__((target("avx512f"))) float dotAvx512(const float* x, const float* y, std::size_t n) {
  __m512 a0 = _mm512_setzero_ps(), a1 = _mm512_setzero_ps(), a2 = _mm512_setzero_ps(),
         a3 = _mm512_setzero_ps();
  std::size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    a0 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i), _mm512_loadu_ps(y + i), a0);
    a1 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i + 16), _mm512_loadu_ps(y + i + 16), a1);
    a2 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i + 32), _mm512_loadu_ps(y + i + 32), a2);
    a3 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i + 48), _mm512_loadu_ps(y + i + 48), a3);
  }
  for (; i + 16 <= n; i += 16) a0 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i), _mm512_loadu_ps(y + i), a0);
  if (i < n) {
    // The tail in one masked step: lanes past n read nothing and add zero.
    const auto mask = static_cast<__mmask16>((1U << (n - i)) - 1U);
    a1 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(mask, x + i), _mm512_maskz_loadu_ps(mask, y + i), a1);
  }
  // The lanes summed through memory, pairwise: GCC 12's _mm512_reduce_add_ps trips its own
  // -Wuninitialized on a deliberately undefined register, and this runs once per call.
  alignas(64) float lane[16];
  _mm512_store_ps(lane, _mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3)));
  for (int width = 8; width > 0; width /= 2)
    for (int k = 0; k < width; ++k) lane[k] += lane[k + width];
  return lane[0];
}

}  // namespace

const char* isaName(VectorIsa isa) {
  switch (isa) {
    case VectorIsa::Avx512:
      return "AVX-512";
    case VectorIsa::Avx2:
      return "AVX2";
    default:
      return "scalar";
  }
}

int isaLanes(VectorIsa isa) {
  switch (isa) {
    case VectorIsa::Avx512:
      return 16;
    case VectorIsa::Avx2:
      return 8;
    default:
      return 1;
  }
}

bool cpuSupports(VectorIsa isa) {
  switch (isa) {
    case VectorIsa::Avx512:
      return __builtin_cpu_supports("avx512f");
    case VectorIsa::Avx2:
      return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    default:
      return true;
  }
}

VectorIsa widestIsa() {
  for (VectorIsa isa : {VectorIsa::Avx512, VectorIsa::Avx2})
    if (cpuSupports(isa)) return isa;
  return VectorIsa::Scalar;
}

float dotVector(const float* x, const float* y, std::size_t n, VectorIsa isa) {
  switch (isa) {
    case VectorIsa::Avx512:
      return dotAvx512(x, y, n);
    case VectorIsa::Avx2:
      return dotAvx2(x, y, n);
    default:
      return dotScalar(x, y, n);
  }
}

double dotErrorBound(const float* x, const float* y, std::size_t n) {
  double abs = 0.0;
  for (std::size_t i = 0; i < n; ++i) abs += std::abs(static_cast<double>(x[i]) * y[i]);
  const double nu = static_cast<double>(n) * std::ldexp(1.0, -24);
  return nu < 1.0 ? nu / (1.0 - nu) * abs : std::numeric_limits<double>::infinity();
}

}  // namespace amp::labs::simd
