#include "routes.h"

#include "audit_log.h"
#include "auth.h"
#include "form.h"
#include "imports.h"
#include "invitations.h"
#include "instruments.h"
#include "members.h"
#include "neighbourhoods.h"
#include "operations.h"
#include "partnerships.h"
#include "responses.h"
#include "scores.h"
#include "result.h"
#include "tokens.h"
#include "waves.h"

/* roles: who may ever call the route (403 for the others). Which ids a
 * token may see is its scope, checked in each statement (404 outside it).
 * The query field lists the parameters a route reads: any other is a 422,
 * so a misspelt filter never silently returns every row. The last says
 * whether the body is a bulk one (imports, up to max_import_bytes). */
static const struct route routes[] = {
	{ METHOD_GET, "/healthz", operations_healthz, 0, false, NULL, false },
	{ METHOD_GET, "/readyz", operations_readyz, 0, false, NULL, false },
	{ METHOD_GET, "/metrics", operations_metrics, ROLE_ADMIN | ROLE_METRICS, false, NULL, false },
	{ METHOD_GET, "/openapi.json", operations_openapi, 0, false, NULL, false },

	{ METHOD_GET, "/v1/instruments", instruments_list, ROLES_ANY, false,
	  "lang", false },
	{ METHOD_GET, "/v1/instruments/{key}", instruments_get, ROLES_ANY, false,
	  "lang", false },

	{ METHOD_GET, "/v1/audit", audit_log_list, ROLE_ADMIN, false,
	  "limit cursor since resource_id", false },

	{ METHOD_POST, "/v1/tokens", tokens_create, ROLE_ADMIN, false, NULL, false },
	{ METHOD_GET, "/v1/tokens", tokens_list, ROLE_ADMIN, false,
	  "limit cursor updated_since role", false },
	{ METHOD_DELETE, "/v1/tokens/{id}", tokens_revoke, ROLE_ADMIN, false, NULL, false },

	{ METHOD_POST, "/v1/neighbourhoods", neighbourhoods_create, ROLE_ADMIN, false, NULL, false },
	{ METHOD_GET, "/v1/neighbourhoods", neighbourhoods_list, ROLES_READERS, false,
	  "limit cursor updated_since municipality_code code", false },
	{ METHOD_GET, "/v1/neighbourhoods/{id}", neighbourhoods_get, ROLES_READERS, false, NULL, false },
	{ METHOD_PATCH, "/v1/neighbourhoods/{id}", neighbourhoods_update, ROLE_ADMIN, false, NULL, false },

	{ METHOD_POST, "/v1/partnerships", partnerships_create, ROLE_ADMIN, false, NULL, false },
	{ METHOD_GET, "/v1/partnerships", partnerships_list, ROLES_READERS, false,
	  "limit cursor updated_since neighbourhood_id municipality_code "
	  "include_archived", false },
	{ METHOD_GET, "/v1/partnerships/{id}", partnerships_get, ROLES_READERS, false, NULL, false },
	{ METHOD_PATCH, "/v1/partnerships/{id}", partnerships_update, ROLE_ADMIN, false, NULL, false },
	{ METHOD_DELETE, "/v1/partnerships/{id}", partnerships_archive, ROLE_ADMIN, false, NULL, false },

	{ METHOD_POST, "/v1/partnerships/{id}/members", members_create, ROLES_STAFF, false, NULL, false },
	{ METHOD_GET, "/v1/partnerships/{id}/members", members_list, ROLES_STAFF, false,
	  "limit cursor updated_since include_inactive sector role", false },
	{ METHOD_PATCH, "/v1/members/{id}", members_update, ROLES_STAFF, false, NULL, false },
	{ METHOD_DELETE, "/v1/members/{id}", members_deactivate, ROLES_STAFF, false, NULL, false },
	{ METHOD_POST, "/v1/members/{id}/confirm", members_confirm_one, ROLE_ADMIN, false, NULL,
	  false },
	{ METHOD_POST, "/v1/partnerships/{id}/members/confirm", members_confirm_many, ROLE_ADMIN,
	  false, NULL, false },

	{ METHOD_POST, "/v1/partnerships/{id}/waves", waves_create, ROLES_STAFF, false, NULL, false },
	{ METHOD_GET, "/v1/partnerships/{id}/waves", waves_list, ROLES_READERS, false,
	  "limit cursor updated_since", false },
	{ METHOD_GET, "/v1/waves/{id}", waves_get, ROLES_ANY, false, NULL, false },
	{ METHOD_PATCH, "/v1/waves/{id}", waves_update, ROLES_STAFF, false, NULL, false },
	{ METHOD_DELETE, "/v1/waves/{id}", waves_delete, ROLES_STAFF, false, NULL, false },
	{ METHOD_POST, "/v1/waves/{id}/close", waves_close, ROLES_STAFF, false, NULL, false },
	{ METHOD_POST, "/v1/waves/{id}/import", imports_create, ROLE_ADMIN, false, NULL, true },
	{ METHOD_POST, "/v1/waves/{id}/invitations", invitations_create, ROLES_STAFF, false,
	  "format dialect lang", false },
	{ METHOD_GET, "/v1/waves/{id}/invitations", invitations_list, ROLES_STAFF, false, NULL,
	  false },
	{ METHOD_POST, "/v1/invitations/claim", invitations_claim, ROLE_ANONYMOUS, false, NULL,
	  false },
	{ METHOD_GET, "/v1/me", invitations_me, ROLE_RESPONDENT, false, NULL, false },

	/* cacd's own form for members: pages for people, not JSON */
	{ METHOD_GET, "/i/{key}", form_welcome, ROLE_ANONYMOUS, false, "lang", false },
	{ METHOD_POST, "/i", form_begin, ROLE_ANONYMOUS, false, "lang", false },
	{ METHOD_GET, "/form/{key}", form_show, ROLE_ANONYMOUS, false, "lang saved", false },
	{ METHOD_POST, "/form/{key}", form_save, ROLE_ANONYMOUS, false, "lang", false },
	{ METHOD_GET, "/form.css", form_stylesheet, 0, false, NULL, false },

	{ METHOD_PUT, "/v1/waves/{id}/responses/{id}", responses_put,
	  ROLES_STAFF | ROLE_RESPONDENT, true, NULL, false },
	{ METHOD_GET, "/v1/waves/{id}/responses/{id}", responses_get,
	  ROLE_ADMIN | ROLE_RESPONDENT, false, NULL, false },
	{ METHOD_DELETE, "/v1/waves/{id}/responses/{id}", responses_withdraw, ROLE_ADMIN, false, NULL, false },
	{ METHOD_GET, "/v1/waves/{id}/responses", responses_list, ROLES_STAFF, false,
	  "limit cursor updated_since", false },
	{ METHOD_GET, "/v1/export/responses", responses_export, ROLE_ADMIN, false,
	  "limit cursor updated_since wave_id partnership_id format dialect", false },

	{ METHOD_GET, "/v1/waves/{id}/scores", scores_wave, ROLES_READERS, true,
	  "by lang format dialect", false },
	{ METHOD_GET, "/v1/waves/{id}/gaps", scores_gaps, ROLES_READERS, true, NULL, false },
	{ METHOD_GET, "/v1/waves/{id}/report", scores_report, ROLES_READERS, true, "lang", false },
	{ METHOD_GET, "/v1/partnerships/{id}/trend", scores_trend, ROLES_READERS, true,
	  "lang format dialect", false },
	{ METHOD_GET, "/v1/comparisons", scores_comparisons, ROLES_READERS, true,
	  "wave_label from to similar_ses municipality_code partnership_id lang format "
	  "dialect",
	  false },
};

const struct route *routes_table(size_t *count)
{
	*count = ARRAY_LENGTH(routes);
	return routes;
}
