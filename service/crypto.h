/* Thin wrappers over OpenSSL's libcrypto: the randomness behind tokens and
 * request ids, and SHA-256 for token hashes and migration checksums. */
#ifndef CACD_CRYPTO_H
#define CACD_CRYPTO_H

#include <stdbool.h>
#include <stddef.h>

#include "result.h"

#define CRYPTO_SHA256_HEX_SIZE 65

enum result crypto_random(unsigned char *out, size_t length) MUST_CHECK;

/* Writes 64 lower-case hex digits and a NUL into out. */
void crypto_sha256_hex(const void *data, size_t length,
		       char out[CRYPTO_SHA256_HEX_SIZE]);

/* URL-safe base64 without padding; out needs 4 * ceil(length / 3) + 1. */
void crypto_base64url(const unsigned char *data, size_t length, char *out);

#endif
