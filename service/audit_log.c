#include "audit_log.h"

#include "audit.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

void audit_log_list(struct http_request *request)
{
	const char *resource = http_query(request, "resource_id");
	struct validation validation;
	struct page page;

	validation_init(&validation);
	pagination_parse(http_query(request, "limit"), http_query(request, "cursor"), &page,
			 &validation);
	pagination_parse_since("since", http_query(request, "since"), &page, &validation);
	if (!validation_ok(&validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	/* changes are stored with their rows; refusals this instance answered
	 * may still wait in the writer's queue */
	audit_flush();
	const char *values[] = { PAGE_PARAMS(page), resource };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_audit_list, values),
		.status = 200,
		.not_found = "",
		.page = true,
	};

	resource_answer(request, &call);
}
