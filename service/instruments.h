#ifndef CACD_INSTRUMENTS_H
#define CACD_INSTRUMENTS_H

#include "http.h"

void instruments_list(struct http_request *request);
void instruments_get(struct http_request *request);

#endif
