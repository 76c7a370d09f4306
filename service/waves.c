/* Waves (measurement rounds) and their invitations. A wave's status comes
 * from its times and an explicit close; it is never stored. */
#include "waves.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "log.h"
#include "mem.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

void waves_validate(const json_t *body, struct validation *validation)
{
	static const char *const keys[] = { "label", "instrument", "opens_at", "closes_at",
					    "form_scale", NULL };
	static const char *const scales[] = { "agree4", "likert5", "percent", NULL };
	/* left out, they take their defaults; null is not a value of theirs */
	static const char *const defaulted[] = { "instrument", "form_scale", NULL };
	const char *text = NULL;
	time_t opens = 0, closes = 0;
	bool times = true;

	validate_known_keys(body, keys, validation);
	validate_no_nulls(body, defaulted, validation);
	validate_string(body, "label", true, 1, 100, &text, validation);
	validate_string(body, "instrument", false, 1, 40, &text, validation);
	validate_choice(body, "form_scale", false, scales, &text, validation);
	times &= validate_time_field(body, "opens_at", true, &text, &opens, validation) == FIELD_SET;
	times &= validate_time_field(body, "closes_at", true, &text, &closes, validation) ==
		 FIELD_SET;
	if (times && closes <= opens)
		validation_add(validation, "closes_at", "must be after opens_at");
}

/* A PATCH: any of label and dates, none null; the instrument of a wave
 * never changes. Whether the dates may change depends on the stored wave
 * and is decided by cacd_wave_update. */
void waves_validate_patch(const json_t *body, struct validation *validation)
{
	static const char *const keys[] = { "label", "opens_at", "closes_at", NULL };
	const char *text = NULL;
	time_t opens = 0, closes = 0;
	enum field_presence opens_state, closes_state;

	validate_known_keys(body, keys, validation);
	validate_string(body, "label", false, 1, 100, &text, validation);
	opens_state = validate_time_field(body, "opens_at", false, &text, &opens, validation);
	closes_state = validate_time_field(body, "closes_at", false, &text, &closes, validation);
	validate_no_nulls(body, keys, validation);
	if (opens_state == FIELD_SET && closes_state == FIELD_SET && closes <= opens)
		validation_add(validation, "closes_at", "must be after opens_at");
}

static void waves_validate_change(const json_t *body, void *out, struct validation *validation)
{
	(void)out;
	waves_validate_patch(body, validation);
}

static const struct resource_state update_states[] = {
	{ "closed", 409, "the wave is closed: its dates and published numbers do not change" },
	{ "closes_before_opens", 409, "closes_at would not be after opens_at" },
	{ "reopens_later", 409, "the wave is open: opens_at cannot move into the future" },
	{ "closes_in_past", 409, "closes_at would be in the past; close a wave with POST "
				 "/v1/waves/{id}/close" },
	{ NULL, 0, NULL },
};

static const struct resource_write wave_update = {
	RESOURCE_WRITE_STATEMENT(query_waves_update, true, true),
	.validate = waves_validate_change,
	.patch = true,
	.status = 200,
	.not_found = "no wave with this id",
	.conflict = "a wave with this label exists in the partnership",
	.states = update_states,
};

void waves_update(struct http_request *request)
{
	resource_write(request, &wave_update);
}

static const struct resource_state delete_states[] = {
	{ "deleted", 204, NULL },
	{ "has_responses", 409, "the wave has responses; it stays in the record" },
	{ NULL, 0, NULL },
};

/* Only a wave that never held a response goes: a mistake, not history. */
void waves_delete(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_waves_delete, values),
		.not_found = "no wave with this id",
		.states = delete_states,
	};

	resource_answer_empty(request, &call);
}

static void waves_validate_create(const json_t *body, void *out, struct validation *validation)
{
	(void)out;
	waves_validate(body, validation);
}

static const struct resource_state insert_states[] = {
	{ "archived", 409, "the partnership is archived" },
	{ "unknown_instrument", 422, "no instrument with this key" },
	{ "past_for_admins", 422, "closes_at lies in the past: only an admin creates a past "
				  "round, to enter its paper forms" },
	{ NULL, 0, NULL },
};

static const struct resource_write wave_create = {
	RESOURCE_WRITE_STATEMENT(query_waves_insert, true, true),
	.validate = waves_validate_create,
	.status = 201,
	.location = "/v1/waves/",
	.not_found = "no partnership with this id",
	.conflict = "a wave with this label exists in the partnership",
	.states = insert_states,
};

void waves_create(struct http_request *request)
{
	resource_write(request, &wave_create);
}

void waves_get(struct http_request *request)
{
	const char *own_wave = request->principal.role == ROLE_RESPONDENT
				       ? request->principal.wave_id : NULL;
	const char *values[] = { request->params.values[0], request->principal.scope, own_wave };
	struct resource_call call = {
		.target = DB_READ,
		RESOURCE_STATEMENT(query_waves_get, values),
		.status = 200,
		.not_found = "no wave with this id",
	};

	resource_answer(request, &call);
}

void waves_list(struct http_request *request)
{
	RESOURCE_LIST_CHILDREN(request, query_waves_list, "no partnership with this id");
}

static const struct resource_state close_states[] = {
	{ "already_closed", 409, "the wave is closed already" },
	{ NULL, 0, NULL },
};

void waves_close(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_waves_close, values),
		.status = 200,
		.not_found = "no wave with this id",
		.states = close_states,
	};

	resource_answer(request, &call);
}

