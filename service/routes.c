#include "routes.h"

#include "audit_log.h"
#include "auth.h"
#include "form.h"
#include "imports.h"
#include "invitations.h"
#include "instruments.h"
#include "members.h"
#include "neighbourhoods.h"
#include "odata.h"
#include "operations.h"
#include "partnerships.h"
#include "responses.h"
#include "scores.h"
#include "result.h"
#include "tokens.h"
#include "waves.h"

/* roles: who may ever call the route (403 for the others; 0 for none
 * needed). Which ids a token may see is its scope, checked in each
 * statement (404 outside it). query lists the parameters a route reads:
 * any other is a 422, so a misspelt filter never silently returns every
 * row. token_in_statement: the handler's statement checks the token itself.
 * bulk_body: an import's body, up to max_import_bytes. */
#define ODATA_QUERY "$filter $orderby $select $top $skip $count $format $expand $search " \
		    "$apply $compute $levels $skiptoken $deltatoken"
#define ODATA_ROUTE(set, who, in_statement, bulk)                                        \
	{ .method = METHOD_GET, .pattern = "/odata/" set, .handler = odata_set, .roles = who, \
	  .token_in_statement = in_statement, .query = ODATA_QUERY, .bulk_reply = bulk }

static const struct route routes[] = {
	{ .method = METHOD_GET, .pattern = "/healthz", .handler = operations_healthz, .roles = 0 },
	{ .method = METHOD_GET, .pattern = "/readyz", .handler = operations_readyz, .roles = 0 },
	{
		.method = METHOD_GET,
		.pattern = "/metrics",
		.handler = operations_metrics,
		.roles = ROLE_ADMIN | ROLE_METRICS,
	},
	{
		.method = METHOD_GET,
		.pattern = "/openapi.json",
		.handler = operations_openapi,
		.roles = 0,
	},

	{
		.method = METHOD_GET,
		.pattern = "/v1/instruments",
		.handler = instruments_list,
		.roles = ROLES_ANY,
		.query = "lang",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/instruments/{key}",
		.handler = instruments_get,
		.roles = ROLES_ANY,
		.query = "lang",
	},

	{
		.method = METHOD_GET,
		.pattern = "/v1/audit",
		.handler = audit_log_list,
		.roles = ROLE_ADMIN,
		.query = "limit cursor since resource_id",
	},

	{
		.method = METHOD_POST,
		.pattern = "/v1/tokens",
		.handler = tokens_create,
		.roles = ROLE_ADMIN,
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/tokens",
		.handler = tokens_list,
		.roles = ROLE_ADMIN,
		.query = "limit cursor updated_since role",
	},
	{
		.method = METHOD_DELETE,
		.pattern = "/v1/tokens/{id}",
		.handler = tokens_revoke,
		.roles = ROLE_ADMIN,
	},

	{
		.method = METHOD_POST,
		.pattern = "/v1/neighbourhoods",
		.handler = neighbourhoods_create,
		.roles = ROLE_ADMIN,
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/neighbourhoods",
		.handler = neighbourhoods_list,
		.roles = ROLES_READERS,
		.query = "limit cursor updated_since municipality_code code",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/neighbourhoods/{id}",
		.handler = neighbourhoods_get,
		.roles = ROLES_READERS,
	},
	{
		.method = METHOD_PATCH,
		.pattern = "/v1/neighbourhoods/{id}",
		.handler = neighbourhoods_update,
		.roles = ROLE_ADMIN,
	},

	{
		.method = METHOD_POST,
		.pattern = "/v1/partnerships",
		.handler = partnerships_create,
		.roles = ROLE_ADMIN,
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/partnerships",
		.handler = partnerships_list,
		.roles = ROLES_READERS,
		.query = "limit cursor updated_since neighbourhood_id municipality_code " "include_archived",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/partnerships/{id}",
		.handler = partnerships_get,
		.roles = ROLES_READERS,
	},
	{
		.method = METHOD_PATCH,
		.pattern = "/v1/partnerships/{id}",
		.handler = partnerships_update,
		.roles = ROLE_ADMIN,
	},
	{
		.method = METHOD_DELETE,
		.pattern = "/v1/partnerships/{id}",
		.handler = partnerships_archive,
		.roles = ROLE_ADMIN,
	},

	{
		.method = METHOD_POST,
		.pattern = "/v1/partnerships/{id}/members",
		.handler = members_create,
		.roles = ROLES_STAFF,
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/partnerships/{id}/members",
		.handler = members_list,
		.roles = ROLES_STAFF,
		.query = "limit cursor updated_since include_inactive sector role",
	},
	{
		.method = METHOD_PATCH,
		.pattern = "/v1/members/{id}",
		.handler = members_update,
		.roles = ROLES_STAFF,
	},
	{
		.method = METHOD_DELETE,
		.pattern = "/v1/members/{id}",
		.handler = members_deactivate,
		.roles = ROLES_STAFF,
	},
	{
		.method = METHOD_POST,
		.pattern = "/v1/members/{id}/confirm",
		.handler = members_confirm_one,
		.roles = ROLE_ADMIN,
	},
	{
		.method = METHOD_POST,
		.pattern = "/v1/partnerships/{id}/members/confirm",
		.handler = members_confirm_many,
		.roles = ROLE_ADMIN,
	},

	{
		.method = METHOD_POST,
		.pattern = "/v1/partnerships/{id}/waves",
		.handler = waves_create,
		.roles = ROLES_STAFF,
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/partnerships/{id}/waves",
		.handler = waves_list,
		.roles = ROLES_READERS,
		.query = "limit cursor updated_since",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/waves/{id}",
		.handler = waves_get,
		.roles = ROLES_ANY,
	},
	{
		.method = METHOD_PATCH,
		.pattern = "/v1/waves/{id}",
		.handler = waves_update,
		.roles = ROLES_STAFF,
	},
	{
		.method = METHOD_DELETE,
		.pattern = "/v1/waves/{id}",
		.handler = waves_delete,
		.roles = ROLES_STAFF,
	},
	{
		.method = METHOD_POST,
		.pattern = "/v1/waves/{id}/close",
		.handler = waves_close,
		.roles = ROLES_STAFF,
	},
	{
		.method = METHOD_POST,
		.pattern = "/v1/waves/{id}/import",
		.handler = imports_create,
		.roles = ROLE_ADMIN,
		.bulk_body = true,
	},
	{
		.method = METHOD_POST,
		.pattern = "/v1/waves/{id}/invitations",
		.handler = invitations_create,
		.roles = ROLES_STAFF,
		.query = "format dialect lang",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/waves/{id}/invitations",
		.handler = invitations_list,
		.roles = ROLES_STAFF,
	},
	{
		.method = METHOD_POST,
		.pattern = "/v1/invitations/claim",
		.handler = invitations_claim,
		.roles = ROLE_ANONYMOUS,
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/me",
		.handler = invitations_me,
		.roles = ROLE_RESPONDENT,
	},

	/* cacd's own form for members: pages for people, not JSON */
	{
		.method = METHOD_GET,
		.pattern = "/i/{key}",
		.handler = form_welcome,
		.roles = ROLE_ANONYMOUS,
		.query = "lang",
	},
	{
		.method = METHOD_POST,
		.pattern = "/i",
		.handler = form_begin,
		.roles = ROLE_ANONYMOUS,
		.query = "lang",
	},
	{
		.method = METHOD_GET,
		.pattern = "/form/{key}",
		.handler = form_show,
		.roles = ROLE_ANONYMOUS,
		.query = "lang saved",
	},
	{
		.method = METHOD_POST,
		.pattern = "/form/{key}",
		.handler = form_save,
		.roles = ROLE_ANONYMOUS,
		.query = "lang",
	},
	{ .method = METHOD_GET, .pattern = "/form.css", .handler = form_stylesheet, .roles = 0 },

	{
		.method = METHOD_PUT,
		.pattern = "/v1/waves/{id}/responses/{id}",
		.handler = responses_put,
		.roles = ROLES_STAFF | ROLE_RESPONDENT,
		.token_in_statement = true,
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/waves/{id}/responses/{id}",
		.handler = responses_get,
		.roles = ROLE_ADMIN | ROLE_RESPONDENT,
	},
	{
		.method = METHOD_DELETE,
		.pattern = "/v1/waves/{id}/responses/{id}",
		.handler = responses_withdraw,
		.roles = ROLE_ADMIN,
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/waves/{id}/responses",
		.handler = responses_list,
		.roles = ROLES_STAFF,
		.query = "limit cursor updated_since",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/export/responses",
		.handler = responses_export,
		.roles = ROLE_ADMIN,
		.query = "limit cursor updated_since wave_id partnership_id format dialect",
		.bulk_reply = true,
	},

	{
		.method = METHOD_GET,
		.pattern = "/v1/waves/{id}/scores",
		.handler = scores_view_handler,
		.scores_view = &scores_view_wave,
		.roles = ROLES_READERS,
		.token_in_statement = true,
		.query = "by lang format dialect",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/waves/{id}/gaps",
		.handler = scores_view_handler,
		.scores_view = &scores_view_gaps,
		.roles = ROLES_READERS,
		.token_in_statement = true,
		.query = "format dialect",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/waves/{id}/report",
		.handler = scores_view_handler,
		.scores_view = &scores_view_report,
		.roles = ROLES_READERS,
		.token_in_statement = true,
		.query = "lang",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/partnerships/{id}/trend",
		.handler = scores_view_handler,
		.scores_view = &scores_view_trend,
		.roles = ROLES_READERS,
		.token_in_statement = true,
		.query = "lang format dialect",
	},
	{
		.method = METHOD_GET,
		.pattern = "/v1/comparisons",
		.handler = scores_view_handler,
		.scores_view = &scores_view_comparison,
		.roles = ROLES_READERS,
		.token_in_statement = true,
		.query = "wave_label from to similar_ses municipality_code partnership_id lang format " "dialect",
	},

	/* The OData feed (odata.h): one route per entity set. The options it
	 * does not support are listed so that they reach it and get an OData
	 * error, not a problem+json. */
	{ .method = METHOD_GET, .pattern = "/odata", .handler = odata_service,
	  .roles = ROLES_READERS, .query = "$format" },
	{ .method = METHOD_GET, .pattern = "/odata/$metadata", .handler = odata_metadata,
	  .roles = ROLES_READERS, .query = "$format" },
	ODATA_ROUTE("Neighbourhoods", ROLES_READERS, false, false),
	ODATA_ROUTE("Partnerships", ROLES_READERS, false, false),
	ODATA_ROUTE("Waves", ROLES_READERS, false, false),
	ODATA_ROUTE("Scores", ROLES_READERS, true, false),
	ODATA_ROUTE("Trend", ROLES_READERS, true, false),
	ODATA_ROUTE("Comparisons", ROLES_READERS, true, false),
	ODATA_ROUTE("Responses", ROLE_ADMIN, false, true),
};

const struct route *routes_table(size_t *count)
{
	*count = ARRAY_LENGTH(routes);
	return routes;
}
