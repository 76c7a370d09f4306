/* The OData v4 feed at /odata, read-only, JSON: what Excel's and Power BI's
 * "OData feed" open (ODK Central serves one per form the same way). The
 * service document, $metadata (CSDL XML) and one entity set per table:
 * Neighbourhoods, Partnerships, Waves, Scores, Trend, Comparisons and (admin)
 * Responses. Each set is a table of typed cells (csv.h's cells tables),
 * filled by the same code as the REST views' tables, so roles, scopes and
 * privacy rule 6 are those of the REST views: a suppressed cell is null
 * with its row's suppressed true. Query options are odata_query.h's; pages
 * are server-driven (@odata.nextLink), of odata.maxpagesize when the client
 * prefers one. */
#ifndef CACD_ODATA_H
#define CACD_ODATA_H

#include "csv.h"
#include "http.h"
#include "odata_query.h"

/* Route handlers. */
void odata_service(struct http_request *request);   /* GET /odata */
void odata_metadata(struct http_request *request);  /* GET /odata/$metadata */
void odata_set(struct http_request *request);       /* GET /odata/<set> */

/* ---- the sets (odata_sets.c) ---- */

#define ODATA_MAX_KEYS 5

struct odata_set {
	const char *name;          /* the entity set, as in the URL */
	const char *type;          /* its entity type */
	const struct odata_property *properties;
	size_t property_count;
	const char *keys[ODATA_MAX_KEYS];   /* key properties; NULL-ended */
	bool admin_only;
	bool token_in_statement;   /* its route's statement checks the token */
	/* Fills table (csv_init_cells) with every row the caller may see, one
	 * cell per property; false when it answered an error instead. */
	bool (*fill)(struct http_request *request, struct csv *table);
};

/* Every set, in the service document's order. */
const struct odata_set *odata_sets(size_t *count);
/* The set a route's pattern names ("/odata/Waves"), or NULL. */
const struct odata_set *odata_set_of(const char *pattern);

/* The properties of set for this request: its own, or for Responses the
 * export's columns with one per item (a statement reads them). *storage
 * holds what was made for the request (free it; may be NULL). NULL when it
 * answered an error. */
const struct odata_property *odata_set_properties(struct http_request *request,
						  const struct odata_set *set, size_t *count,
						  void **storage);

/* ---- $metadata (odata_metadata.c) ---- */

/* The CSDL document; caller frees. */
char *odata_metadata_xml(struct http_request *request, size_t *length);

#endif
