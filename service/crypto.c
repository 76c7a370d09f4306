#include "crypto.h"

#include <stdio.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdlib.h>

enum result crypto_random(unsigned char *out, size_t length)
{
	if (length > 0x7fffffff || RAND_bytes(out, (int)length) != 1)
		return RESULT_ERROR;
	return RESULT_OK;
}

enum result crypto_uuid(char out[CRYPTO_UUID_TEXT_SIZE])
{
	unsigned char bytes[16];

	if (crypto_random(bytes, sizeof(bytes)) != RESULT_OK)
		return RESULT_ERROR;
	bytes[6] = (unsigned char)((bytes[6] & 0x0f) | 0x40); /* version 4 */
	bytes[8] = (unsigned char)((bytes[8] & 0x3f) | 0x80); /* RFC 4122 variant */
	snprintf(out, CRYPTO_UUID_TEXT_SIZE,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0],
		 bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
		 bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
	return RESULT_OK;
}

void crypto_sha256_hex(const void *data, size_t length, char out[CRYPTO_SHA256_HEX_SIZE])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned int digest_length = 0;

	if (EVP_Digest(data, length, digest, &digest_length, EVP_sha256(), NULL) != 1 ||
	    digest_length != 32)
		abort(); /* SHA-256 in libcrypto does not fail short of a broken build */
	for (unsigned int i = 0; i < digest_length; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 0x0f];
	}
	out[2 * digest_length] = '\0';
}

/* The state is libcrypto's own context; the type only hides it. */
struct crypto_digest *crypto_digest_start(void)
{
	EVP_MD_CTX *context = EVP_MD_CTX_new();

	if (context == NULL || EVP_DigestInit_ex(context, EVP_sha256(), NULL) != 1)
		abort(); /* out of memory, or a broken build */
	return (struct crypto_digest *)context;
}

void crypto_digest_add(struct crypto_digest *digest, const void *data, size_t length)
{
	if (EVP_DigestUpdate((EVP_MD_CTX *)digest, data, length) != 1)
		abort();
}

void crypto_digest_finish(struct crypto_digest *digest, unsigned char out[CRYPTO_SHA256_SIZE])
{
	unsigned int length = 0;

	if (EVP_DigestFinal_ex((EVP_MD_CTX *)digest, out, &length) != 1 ||
	    length != CRYPTO_SHA256_SIZE)
		abort();
	EVP_MD_CTX_free((EVP_MD_CTX *)digest);
}

void crypto_base64url(const unsigned char *data, size_t length, char *out)
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	size_t used = 0;

	for (size_t i = 0; i < length; i += 3) {
		unsigned long block = (unsigned long)data[i] << 16;
		size_t remaining = length - i;

		if (remaining > 1)
			block |= (unsigned long)data[i + 1] << 8;
		if (remaining > 2)
			block |= data[i + 2];
		out[used++] = alphabet[(block >> 18) & 63];
		out[used++] = alphabet[(block >> 12) & 63];
		if (remaining > 1)
			out[used++] = alphabet[(block >> 6) & 63];
		if (remaining > 2)
			out[used++] = alphabet[block & 63];
	}
	out[used] = '\0';
}

