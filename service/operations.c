/* Endpoints for operators: liveness, readiness, metrics, the API document. */
#include "operations.h"

#include <string.h>

#include "replica.h"
#include "embedded.h"
#include "mem.h"
#include "metrics.h"

void operations_healthz(struct http_request *request)
{
	http_respond_json_text(request, 200, "{\"status\":\"ok\"}");
}

/* Ready when the primary answers: every write and every read can be
 * served by it. The replica's state is told, and never gates. */
void operations_readyz(struct http_request *request)
{
	struct replica_state replica;
	json_t *body;

	if (!db_ping()) {
		http_respond_db_error(request, DB_UNAVAILABLE);
		return;
	}
	replica_read(&replica);
	body = json_pack("{s:s}", "status", "ready");
	if (replica.configured)
		json_object_set_new(body, "replica", json_pack("{s:b, s:I}", "up", replica.healthy,
				    "lag_ms", (json_int_t)replica.lag_ms));
	http_respond_json(request, 200, body);
}

void operations_metrics(struct http_request *request)
{
	size_t length;
	char *text = metrics_render(&length);

	http_respond_bytes(request, 200, "text/plain; version=0.0.4; charset=utf-8", text, length);
}

void operations_openapi(struct http_request *request)
{
	const struct embedded_file *document = &embedded_openapi[0];

	http_respond_bytes(request, 200, "application/json",
			   mem_strndup(document->text, document->length), document->length);
}
