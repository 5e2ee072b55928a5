// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "amp/real/memory_scan.h"

namespace amp::labs::crypto {

enum class Algorithm { Ed25519, HmacSha256 };

/// "hmac_sha256" → HMAC-SHA256; anything else Ed25519.
Algorithm algorithmOf(const std::string& name);

inline constexpr std::size_t kMessageBytes = 32;  ///< what a client asks to have signed
inline constexpr std::size_t kSecretBytes = 32;   ///< Ed25519's seed, HMAC's key: what must not leak
inline constexpr std::size_t kPublicBytes = 32;
inline constexpr std::size_t kMaxTagBytes = 64;
/// Bytes of a signature (Ed25519: 64) or an authentication tag (HMAC-SHA256: 32).
std::size_t tagBytes(Algorithm a);

/// Initialises libsodium (idempotent; safe in a forked child). False when it cannot.
bool sodiumReady();

/// What a scanner needs to recognise the key without holding it (trivially copyable, so it can
/// cross into shared memory): a rolling hash of the secret bytes and their BLAKE2b-256 digest.
struct KeyFingerprint {
  std::uint64_t rolling = 0;
  std::array<unsigned char, 32> digest{};
};
/// A probe for real::scanProcessMemory that confirms a candidate by its BLAKE2b digest.
real::SecretProbe probeFor(const KeyFingerprint& print);

/// The gatekeeper's key, made fresh from the system's randomness in guarded memory (sodium_malloc:
/// guard pages on both sides and a canary) and kept inaccessible (sodium_mprotect_noaccess)
/// except while it signs: a stray read through a pointer faults. It does not stop a thread of the
/// same process that reads the memory another way (/proc/self/mem, or mprotect itself): only a
/// process boundary does. Freed with sodium_free, which zeroes it.
class GuardedKey {
 public:
  explicit GuardedKey(Algorithm a);
  ~GuardedKey();
  GuardedKey(const GuardedKey&) = delete;
  GuardedKey& operator=(const GuardedKey&) = delete;

  Algorithm algorithm() const { return algorithm_; }
  /// Ed25519's public key (all zeros for HMAC, which has none).
  const std::array<unsigned char, kPublicBytes>& publicKey() const { return public_; }
  /// Signs (Ed25519) or authenticates (HMAC) `n` bytes into `tag` (tagBytes() long).
  void sign(const unsigned char* msg, std::size_t n, unsigned char* tag);
  /// HMAC only: whether `tag` authenticates `msg`. Needs the key: only its holder can check.
  bool checkTag(const unsigned char* msg, std::size_t n, const unsigned char* tag);
  KeyFingerprint fingerprint();

 private:
  Algorithm algorithm_;
  unsigned char* secret_ = nullptr;  // Ed25519: seed ‖ public key (libsodium's layout); HMAC: the key
  std::array<unsigned char, kPublicBytes> public_{};
};

/// Anyone's check of an Ed25519 signature with the public key.
bool verifySignature(const unsigned char* publicKey, const unsigned char* msg, std::size_t n,
                     const unsigned char* signature);

}  // namespace amp::labs::crypto
