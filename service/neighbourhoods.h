/* Neighbourhoods (CBS codes, SES scores): admins write, readers read. */
#ifndef CACD_NEIGHBOURHOODS_H
#define CACD_NEIGHBOURHOODS_H

#include "http.h"

/* Pure: checks a POST (patch = false) or PATCH body and fills in the
 * municipality from a WK/BU/GM code when the body leaves it out. */
void neighbourhoods_validate(json_t *body, bool patch, struct validation *validation);

void neighbourhoods_create(struct http_request *request);
void neighbourhoods_list(struct http_request *request);
void neighbourhoods_get(struct http_request *request);
void neighbourhoods_update(struct http_request *request);

#endif
