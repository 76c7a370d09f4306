/* Thin wrappers over OpenSSL's libcrypto: the randomness behind tokens and
 * request ids, and SHA-256 for token hashes and migration checksums. */
#ifndef CACD_CRYPTO_H
#define CACD_CRYPTO_H

#include <stdbool.h>
#include <stddef.h>

#include "result.h"

#define CRYPTO_SHA256_HEX_SIZE 65

enum result crypto_random(unsigned char *out, size_t length) MUST_CHECK;

/* A random (version 4) UUID in lower-case text. */
#define CRYPTO_UUID_TEXT_SIZE 37
enum result crypto_uuid(char out[CRYPTO_UUID_TEXT_SIZE]) MUST_CHECK;

/* Writes 64 lower-case hex digits and a NUL into out. */
void crypto_sha256_hex(const void *data, size_t length,
		       char out[CRYPTO_SHA256_HEX_SIZE]);

/* SHA-256 over several pieces, for digests of data that is not in one
 * buffer. crypto_digest_finish writes the 32 bytes and frees the state. */
#define CRYPTO_SHA256_SIZE 32
struct crypto_digest;
struct crypto_digest *crypto_digest_start(void);
void crypto_digest_add(struct crypto_digest *digest, const void *data, size_t length);
void crypto_digest_finish(struct crypto_digest *digest, unsigned char out[CRYPTO_SHA256_SIZE]);

/* URL-safe base64 without padding; out needs 4 * ceil(length / 3) + 1. */
void crypto_base64url(const unsigned char *data, size_t length, char *out);

#endif
