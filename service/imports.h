/* POST /v1/waves/{id}/import (admin): paper forms in bulk, as text/csv or
 * JSON, stored all or none in one transaction. */
#ifndef CACD_IMPORTS_H
#define CACD_IMPORTS_H

#include "http.h"

void imports_create(struct http_request *request);

#endif
