#include "imports.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "accept.h"
#include "import_read.h"
#include "mem.h"
#include "queries.h"

static bool imports_is_csv(const char *content_type)
{
	return content_type != NULL && strcspn(content_type, "; ") == 8 &&
	       strncasecmp(content_type, "text/csv", 8) == 0;
}

/* The forms, read and checked; false when a 415 or 400 went out already. */
static bool imports_read(struct http_request *request, struct import_batch *batch,
			 struct validation *validation)
{
	const char *type = http_header(request, "Content-Type");
	json_t *body;

	if (!accept_charset_is_utf8(type)) {
		http_respond_problem(request, 415, "send the forms in UTF-8 (charset=utf-8, or none)");
		return false;
	}
	if (imports_is_csv(type)) {
		import_read_csv(request->body ? request->body : "", request->body_length, batch,
				validation);
		return true;
	}
	if (!http_is_json_type(type)) {
		http_respond_problem(request, 415, "send the forms as text/csv or application/json");
		return false;
	}
	body = http_body_object(request);
	if (body == NULL)
		return false;
	import_read_json(body, batch, validation);
	json_decref(body);
	return true;
}

/* The database's errors ({row, field, message} each) as a 422. */
static void imports_refuse(struct http_request *request, const char *errors_text)
{
	json_t *errors = json_loads(errors_text, 0, NULL);
	struct validation validation;
	size_t index;
	json_t *error;

	validation_init(&validation);
	json_array_foreach(errors, index, error) {
		validation.row = (long)json_integer_value(json_object_get(error, "row"));
		validation_add(&validation, json_string_value(json_object_get(error, "field")), "%s",
			       json_string_value(json_object_get(error, "message")));
	}
	json_decref(errors);
	http_respond_invalid(request, "the import is not valid; nothing was imported", &validation);
}

static void imports_store(struct http_request *request, const struct import_batch *batch)
{
	char *rows = import_batch_encode(batch);
	const char *values[] = { request->principal.token_id, request->params.values[0], rows };
	const struct db_result *result = NULL;
	enum db_status status;
	const char *outcome;

	status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_responses_import, values), &result);
	free(rows);
	if (status != DB_OK) {
		http_respond_db_error(request, status);
		return;
	}
	outcome = db_value(result, 0, 0);
	if (strcmp(outcome, "imported") == 0) {
		http_respond_json(request, 201,
				  json_pack("{s:i}", "imported", atoi(db_value(result, 0, 1))));
		http_add_location(request, "/v1/waves/", request->params.values[0], "/responses");
	} else if (strcmp(outcome, "invalid") == 0) {
		imports_refuse(request, db_value(result, 0, 2));
	} else if (strcmp(outcome, "wave_not_found") == 0) {
		http_respond_problem(request, 404, "no wave with this id");
	} else if (strcmp(outcome, "partnership_archived") == 0) {
		http_respond_problem(request, 409, "the partnership is archived: it takes no new "
					"members or forms");
	} else {
		http_respond_problem(request, 409, "the wave is not open: a closed wave's published "
					"numbers do not change, and a scheduled one takes no forms yet");
	}
}

void imports_create(struct http_request *request)
{
	struct import_batch batch;
	struct validation validation;

	validation_init(&validation);
	memset(&batch, 0, sizeof(batch));
	if (!imports_read(request, &batch, &validation)) {
		import_batch_free(&batch);
		return;
	}
	if (validation_ok(&validation))
		imports_store(request, &batch);
	else
		http_respond_invalid(request, "the import is not valid; nothing was imported",
				     &validation);
	import_batch_free(&batch);
}
