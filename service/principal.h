/* Who a request is: the role and scope a valid token grants. Plain data,
 * shared by auth.c, which reads it from the database, and token_cache.c,
 * which keeps it. */
#ifndef CACD_PRINCIPAL_H
#define CACD_PRINCIPAL_H

#include "crypto.h"
#include "validate.h"

enum auth_role {
	ROLE_ADMIN = 1 << 0,
	ROLE_COORDINATOR = 1 << 1,
	ROLE_VIEWER = 1 << 2,
	ROLE_RESPONDENT = 1 << 3,
	ROLE_METRICS = 1 << 4,     /* reads /metrics, nothing else */
	/* A route that takes no token, since its input is the credential (an
	 * invitation code), yet does database work like the others. */
	ROLE_ANONYMOUS = 1 << 5,
};

#define ROLES_ANY (ROLE_ADMIN | ROLE_COORDINATOR | ROLE_VIEWER | ROLE_RESPONDENT)
#define ROLES_STAFF (ROLE_ADMIN | ROLE_COORDINATOR)
#define ROLES_READERS (ROLE_ADMIN | ROLE_COORDINATOR | ROLE_VIEWER)

struct auth_principal {
	char token_hash[CRYPTO_SHA256_HEX_SIZE];  /* of the bearer token, hex */
	char token_id[UUID_TEXT_SIZE];
	enum auth_role role;
	/* PostgreSQL array text "{id,id}" of partnerships in scope, or NULL when
	 * every partnership is (admins, unscoped viewers). Owned. */
	char *scope;
	char member_id[UUID_TEXT_SIZE];  /* respondents only, else "" */
	char wave_id[UUID_TEXT_SIZE];    /* respondents only, else "" */
};

#endif
