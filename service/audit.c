#include "audit.h"

#include <microhttpd.h>
#include <stdio.h>
#include <string.h>

#include "log.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

static bool audit_is_write(enum http_method method)
{
	return method == METHOD_POST || method == METHOD_PUT || method == METHOD_PATCH ||
	       method == METHOD_DELETE;
}

/* What the request was about: a new resource's id (from its Location), else
 * the last id in the path; NULL for routes without one (POST /v1/tokens
 * refused, say). */
static const char *audit_resource(const struct http_request *request)
{
	const char *location = request->response
				       ? MHD_get_response_header(request->response,
								 MHD_HTTP_HEADER_LOCATION)
				       : NULL;
	const char *last = location ? strrchr(location, '/') : NULL;

	if (request->status == 201 && last != NULL && validate_is_uuid(last + 1))
		return last + 1;
	if (request->params.count > 0)
		return request->params.values[request->params.count - 1];
	return NULL;
}

void audit_record(struct http_request *request)
{
	char status[8], retention[16];
	struct db_result result;
	bool known = request->principal.role != 0;

	if (request->route == NULL || request->route->roles == 0 || !audit_is_write(request->method))
		return;
	snprintf(status, sizeof(status), "%d", request->status);
	snprintf(retention, sizeof(retention), "%ld", request->config->audit_retention_days);
	const char *values[] = { known ? request->principal.token_id : NULL,
				 known ? auth_role_name(request->principal.role) : NULL,
				 request->method_name, request->route->pattern,
				 audit_resource(request), status, request->request_id, retention };

	if (db_query(DB_PRIMARY, &query_audit_record, 8, values, &result) != DB_OK)
		log_error("request %s: the audit log did not take it", request->request_id);
	db_result_clear(&result);
}

void audit_list(struct http_request *request)
{
	const char *resource = http_query(request, "resource_id");
	struct validation validation;
	struct page page;
	time_t since;

	validation_init(&validation);
	pagination_parse(http_query(request, "limit"), http_query(request, "cursor"), &page,
			 &validation);
	page.updated_since = http_query(request, "since");
	if (page.updated_since != NULL && !validate_parse_time(page.updated_since, &since))
		validation_add(&validation, "since", "must be an RFC 3339 time");
	if (!validation_ok(&validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	const char *values[] = { PAGE_PARAMS(page), resource };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &query_audit_list,
		.count = 5,
		.values = values,
		.status = 200,
		.not_found = "",
		.page = true,
	};

	resource_answer(request, &call);
}
