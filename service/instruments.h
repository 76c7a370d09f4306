/* GET /v1/instruments and /v1/instruments/{key}: the instrument with its
 * dimensions, items and answer scales, labels in the language asked. */
#ifndef CACD_INSTRUMENTS_H
#define CACD_INSTRUMENTS_H

#include "http.h"

void instruments_list(struct http_request *request);
void instruments_get(struct http_request *request);

#endif
