#include <criterion/criterion.h>
#include <string.h>

#include "auth.h"
#include "crypto.h"

Test(auth, bearer_header_table)
{
	static const struct {
		const char *header;
		const char *token; /* NULL = rejected */
	} rows[] = {
		{ "Bearer cacd_abc", "cacd_abc" },
		{ "bearer cacd_abc", "cacd_abc" },
		{ "Bearer   cacd_abc  ", "cacd_abc" },
		{ "Bearer", NULL },
		{ "Bearer ", NULL },
		{ "Basic dXNlcjpwYXNz", NULL },
		{ "Bearer cacd abc", NULL },
		{ "Bearer cacd_abc;", NULL },
		{ "Bearer cacd_ab\"c", NULL },
		{ "", NULL },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		size_t length = 0;
		const char *token = auth_bearer_token(rows[i].header, &length);

		if (rows[i].token == NULL) {
			cr_expect_null(token, "'%s' was accepted", rows[i].header);
		} else {
			cr_expect(token != NULL && length == strlen(rows[i].token) &&
					  strncmp(token, rows[i].token, length) == 0,
				  "'%s'", rows[i].header);
		}
	}
	char long_header[300] = "Bearer ";

	memset(long_header + 7, 'a', 200);
	long_header[207] = '\0';
	size_t length;
	cr_assert_null(auth_bearer_token(long_header, &length));
	cr_assert_null(auth_bearer_token(NULL, &length));
}

Test(auth, generated_tokens_are_random_and_hashed)
{
	char first[AUTH_TOKEN_SIZE], second[AUTH_TOKEN_SIZE];
	char first_hash[CRYPTO_SHA256_HEX_SIZE], second_hash[CRYPTO_SHA256_HEX_SIZE];
	char again[CRYPTO_SHA256_HEX_SIZE];

	cr_assert_eq(auth_token_generate(first, first_hash), RESULT_OK);
	cr_assert_eq(auth_token_generate(second, second_hash), RESULT_OK);
	cr_assert_eq(strlen(first), 48);           /* "cacd_" + 43: 256 bits */
	cr_assert_str_neq(first, second);
	cr_assert_str_neq(first_hash, second_hash);
	auth_token_hash(first, strlen(first), again);
	cr_assert_str_eq(again, first_hash);
	cr_assert_eq(strlen(first_hash), 64);
}

Test(auth, sha256_and_base64url_known_answers)
{
	char hex[CRYPTO_SHA256_HEX_SIZE];
	char encoded[16];
	const unsigned char bytes[] = { 0xfb, 0xff, 0xbf };

	crypto_sha256_hex("abc", 3, hex);
	cr_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	crypto_base64url(bytes, 3, encoded);
	cr_assert_str_eq(encoded, "-_-_");
	crypto_base64url((const unsigned char *)"f", 1, encoded);
	cr_assert_str_eq(encoded, "Zg");
	crypto_base64url((const unsigned char *)"fo", 2, encoded);
	cr_assert_str_eq(encoded, "Zm8");
}

Test(auth, roles_and_scope)
{
	struct auth_principal principal = { 0 };
	enum auth_role role;

	cr_assert(auth_role_parse("coordinator", &role));
	cr_assert_eq(role, ROLE_COORDINATOR);
	cr_assert_not(auth_role_parse("Admin", &role));
	cr_assert_str_eq(auth_role_name(ROLE_VIEWER), "viewer");
	cr_assert(auth_in_scope(&principal, "anything"));
	principal.scope = "{3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f}";
	cr_assert(auth_in_scope(&principal, "3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"));
	cr_assert_not(auth_in_scope(&principal, "3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e50"));
	cr_assert_not(auth_in_scope(&principal, ""));
	cr_assert_not(auth_in_scope(&principal, "3f2c1d4e"));
}

/* Basic credentials: any user name, the token as the password. */
Test(auth, basic_credentials_carry_the_token_as_password)
{
	static const struct {
		const char *header;
		const char *token;  /* NULL: none */
	} rows[] = {
		/* powerbi:cacd_abc */
		{ "Basic cG93ZXJiaTpjYWNkX2FiYw==", "cacd_abc" },
		/* :cacd_abc (no user name) */
		{ "Basic OmNhY2RfYWJj", "cacd_abc" },
		/* x:cacd_ab:c has a ':' in the password: not a token */
		{ "Basic eDpjYWNkX2FiOmM=", NULL },
		/* no ':' at all */
		{ "Basic Y2FjZF9hYmM=", NULL },
		{ "Basic !!!!", NULL },
		{ "Basic ", NULL },
		{ "Bearer cacd_abc", NULL },
		{ NULL, NULL },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		char token[AUTH_TOKEN_MAX_LENGTH + 1];
		bool found = auth_basic_token(rows[i].header, token);

		cr_assert_eq(found, rows[i].token != NULL, "%s", rows[i].header ? rows[i].header : "-");
		if (found)
			cr_assert_str_eq(token, rows[i].token);
	}
}
