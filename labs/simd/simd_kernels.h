// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
// The simd lab's real work: a float dot product in a strictly scalar build and in the widest
// vector build the CPU has, chosen at run time.
#include <cstddef>

namespace amp::labs::simd {

/// The vector instruction sets the vector kernel is built for, narrowest first.
enum class VectorIsa { Scalar, Avx2, Avx512 };

/// "scalar", "AVX2", "AVX-512".
const char* isaName(VectorIsa isa);
/// Floats per vector register (1, 8, 16).
int isaLanes(VectorIsa isa);
/// Whether this CPU runs `isa` (asked with __builtin_cpu_supports; Scalar always).
bool cpuSupports(VectorIsa isa);
/// The widest instruction set this CPU runs.
VectorIsa widestIsa();

/// Σ x[i]·y[i] one element at a time. Its file is compiled with -fno-tree-vectorize (neither
/// loop nor SLP vectorization), so the little cores' path really is scalar: four scalar
/// accumulators, one multiply and one add per element each, no packed instruction.
float dotScalar(const float* x, const float* y, std::size_t n);

/// Σ x[i]·y[i] with `isa`'s vectors: four vector accumulators of fused multiply-adds and a
/// masked (AVX-512) or scalar (AVX2) tail, so any n works. `isa` must be one the CPU supports
/// (cpuSupports); Scalar is dotScalar.
float dotVector(const float* x, const float* y, std::size_t n, VectorIsa isa);

/// The rounding error bound both kernels keep: |computed − exact| ≤ γ_n · Σ|x[i]·y[i]| with
/// γ_n = n·u/(1 − n·u), u = 2⁻²⁴ (any order of summation, with or without fused multiply-adds).
double dotErrorBound(const float* x, const float* y, std::size_t n);

}  // namespace amp::labs::simd
