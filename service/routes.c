#include "routes.h"

#include "auth.h"
#include "instruments.h"
#include "operations.h"
#include "result.h"
#include "tokens.h"

static const struct route routes[] = {
	{ METHOD_GET, "/healthz", operations_healthz, 0 },
	{ METHOD_GET, "/readyz", operations_readyz, 0 },
	{ METHOD_GET, "/metrics", operations_metrics, 0 },
	{ METHOD_GET, "/openapi.json", operations_openapi, 0 },

	{ METHOD_GET, "/v1/instruments", instruments_list, ROLES_ANY },
	{ METHOD_GET, "/v1/instruments/{key}", instruments_get, ROLES_ANY },

	{ METHOD_POST, "/v1/tokens", tokens_create, ROLE_ADMIN },
	{ METHOD_GET, "/v1/tokens", tokens_list, ROLE_ADMIN },
	{ METHOD_DELETE, "/v1/tokens/{id}", tokens_revoke, ROLE_ADMIN },
};

const struct route *routes_table(size_t *count)
{
	*count = ARRAY_LENGTH(routes);
	return routes;
}
