// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "crypto/crypto_keys.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <stdexcept>

#include "amp/run/phrase.h"

namespace amp::labs::crypto {

namespace {

/// Clears the vector registers after code that touched the key. Copying and hashing move the
/// key's bytes through them (glibc's memcpy, BLAKE2b's AVX2 rounds), and the next lazily bound
/// call saves every register on the stack (glibc's _dl_runtime_resolve_xsave): the scan found the
/// key there, in the gatekeeper's own stack. vzeroall clears ymm0–15; on AVX-512 machines glibc's
/// memcpy uses ymm16–31, which it leaves, so those are cleared too; without AVX, the SSE registers.
void clearVectorRegisters() {
#if defined(__x86_64__)
  if (__builtin_cpu_supports("avx512f"))
    asm volatile(
        "vpxord %%zmm16, %%zmm16, %%zmm16\n vpxord %%zmm17, %%zmm17, %%zmm17\n"
        "vpxord %%zmm18, %%zmm18, %%zmm18\n vpxord %%zmm19, %%zmm19, %%zmm19\n"
        "vpxord %%zmm20, %%zmm20, %%zmm20\n vpxord %%zmm21, %%zmm21, %%zmm21\n"
        "vpxord %%zmm22, %%zmm22, %%zmm22\n vpxord %%zmm23, %%zmm23, %%zmm23\n"
        "vpxord %%zmm24, %%zmm24, %%zmm24\n vpxord %%zmm25, %%zmm25, %%zmm25\n"
        "vpxord %%zmm26, %%zmm26, %%zmm26\n vpxord %%zmm27, %%zmm27, %%zmm27\n"
        "vpxord %%zmm28, %%zmm28, %%zmm28\n vpxord %%zmm29, %%zmm29, %%zmm29\n"
        "vpxord %%zmm30, %%zmm30, %%zmm30\n vpxord %%zmm31, %%zmm31, %%zmm31" ::
            : "memory");
  if (__builtin_cpu_supports("avx"))
    asm volatile("vzeroall" ::: "memory");
  else
    asm volatile(
        "xorps %%xmm0, %%xmm0\n xorps %%xmm1, %%xmm1\n xorps %%xmm2, %%xmm2\n xorps %%xmm3, %%xmm3\n"
        "xorps %%xmm4, %%xmm4\n xorps %%xmm5, %%xmm5\n xorps %%xmm6, %%xmm6\n xorps %%xmm7, %%xmm7\n"
        "xorps %%xmm8, %%xmm8\n xorps %%xmm9, %%xmm9\n xorps %%xmm10, %%xmm10\n xorps %%xmm11, %%xmm11\n"
        "xorps %%xmm12, %%xmm12\n xorps %%xmm13, %%xmm13\n xorps %%xmm14, %%xmm14\n xorps %%xmm15, %%xmm15"
        :
        :
        : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11",
          "xmm12", "xmm13", "xmm14", "xmm15", "memory");
#endif
}

/// BLAKE2b-256 of the secret bytes at `p`, leaving no copy of them in the registers.
std::array<unsigned char, 32> digestOf(const unsigned char* p) {
  std::array<unsigned char, 32> d{};
  crypto_generichash(d.data(), d.size(), p, kSecretBytes, nullptr, 0);
  clearVectorRegisters();
  return d;
}

/// Runs every library call on the key's paths once with a throwaway key, so that none is first
/// bound while the real key sits in the registers: a lazily bound call (a libsodium built without
/// BIND_NOW, as Debian's is not guaranteed to be) saves every register on the stack on its first use.
void bindKeyPaths(Algorithm a) {
  unsigned char* scratch = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
  if (scratch == nullptr) throw std::bad_alloc();
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], msg[kMessageBytes] = {}, tag[kMaxTagBytes];
  std::array<unsigned char, 32> d{};
  bool ok = true;
  sodium_mprotect_readwrite(scratch);
  if (a == Algorithm::Ed25519) {
    crypto_sign_keypair(pk, scratch);
    crypto_sign_detached(tag, nullptr, msg, sizeof msg, scratch);
  } else {
    crypto_auth_hmacsha256_keygen(scratch);
    crypto_auth_hmacsha256(tag, msg, sizeof msg, scratch);
    ok = crypto_auth_hmacsha256_verify(tag, msg, sizeof msg, scratch) == 0;
  }
  crypto_generichash(d.data(), d.size(), scratch, kSecretBytes, nullptr, 0);
  ok = ok && sodium_memcmp(d.data(), d.data(), d.size()) == 0;
  sodium_mprotect_noaccess(scratch);
  sodium_mprotect_readonly(scratch);
  sodium_free(scratch);
  clearVectorRegisters();
  if (!ok) throw std::runtime_error(run::phrase("libsodium fails its own checks"));
}

}  // namespace

Algorithm algorithmOf(const std::string& name) {
  return name == "hmac_sha256" ? Algorithm::HmacSha256 : Algorithm::Ed25519;
}

std::size_t tagBytes(Algorithm a) {
  return a == Algorithm::Ed25519 ? crypto_sign_BYTES : crypto_auth_hmacsha256_BYTES;
}

bool sodiumReady() { return sodium_init() >= 0; }

real::SecretProbe probeFor(const KeyFingerprint& print) {
  real::SecretProbe p;
  p.length = kSecretBytes;
  p.rolling = print.rolling;
  p.confirm = [digest = print.digest](const unsigned char* window) {
    const std::array<unsigned char, 32> d = digestOf(window);
    return sodium_memcmp(d.data(), digest.data(), d.size()) == 0;
  };
  return p;
}

GuardedKey::GuardedKey(Algorithm a) : algorithm_(a) {
  static_assert(crypto_sign_SECRETKEYBYTES == 64 && crypto_sign_SEEDBYTES == kSecretBytes);
  static_assert(crypto_auth_hmacsha256_KEYBYTES == kSecretBytes &&
                crypto_sign_PUBLICKEYBYTES == kPublicBytes);
  if (!sodiumReady()) throw std::runtime_error(run::phrase("libsodium could not be initialised"));
  bindKeyPaths(a);
  const std::size_t bytes = a == Algorithm::Ed25519 ? crypto_sign_SECRETKEYBYTES : kSecretBytes;
  secret_ = static_cast<unsigned char*>(sodium_malloc(bytes));
  if (secret_ == nullptr) throw std::bad_alloc();
  if (a == Algorithm::Ed25519)
    crypto_sign_keypair(public_.data(), secret_);
  else
    crypto_auth_hmacsha256_keygen(secret_);
  clearVectorRegisters();
  sodium_mprotect_noaccess(secret_);
}

GuardedKey::~GuardedKey() {
  if (secret_ != nullptr) sodium_free(secret_);  // makes it accessible, zeroes it, unmaps it
}

void GuardedKey::sign(const unsigned char* msg, std::size_t n, unsigned char* tag) {
  sodium_mprotect_readonly(secret_);
  if (algorithm_ == Algorithm::Ed25519)
    crypto_sign_detached(tag, nullptr, msg, n, secret_);
  else
    crypto_auth_hmacsha256(tag, msg, n, secret_);
  clearVectorRegisters();
  sodium_mprotect_noaccess(secret_);
}

bool GuardedKey::checkTag(const unsigned char* msg, std::size_t n, const unsigned char* tag) {
  if (algorithm_ != Algorithm::HmacSha256) return false;
  sodium_mprotect_readonly(secret_);
  const bool ok = crypto_auth_hmacsha256_verify(tag, msg, n, secret_) == 0;
  clearVectorRegisters();
  sodium_mprotect_noaccess(secret_);
  return ok;
}

KeyFingerprint GuardedKey::fingerprint() {
  KeyFingerprint f;
  sodium_mprotect_readonly(secret_);
  f.rolling = real::rollingHash(secret_, kSecretBytes);
  f.digest = digestOf(secret_);
  sodium_mprotect_noaccess(secret_);
  return f;
}

bool verifySignature(const unsigned char* publicKey, const unsigned char* msg, std::size_t n,
                     const unsigned char* signature) {
  return crypto_sign_verify_detached(signature, msg, n, publicKey) == 0;
}

}  // namespace amp::labs::crypto
