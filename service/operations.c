/* Endpoints for operators: liveness, readiness, metrics, the API document. */
#include "operations.h"

#include <string.h>

#include "embedded.h"
#include "mem.h"
#include "metrics.h"

void operations_healthz(struct http_request *request)
{
	http_respond_json_text(request, 200, "{\"status\":\"ok\"}");
}

void operations_readyz(struct http_request *request)
{
	if (db_ping()) {
		http_respond_json_text(request, 200, "{\"status\":\"ready\"}");
		return;
	}
	http_respond_db_error(request, DB_UNAVAILABLE);
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
