/* Waves (measurement rounds): create, list, read, change, close, delete;
 * the pure checks of a body. */
#ifndef CACD_WAVES_H
#define CACD_WAVES_H

#include <time.h>

#include "http.h"

void waves_validate(const json_t *body, struct validation *validation);
/* Pure: the fields of a PATCH, each optional. */
void waves_validate_patch(const json_t *body, struct validation *validation);

void waves_create(struct http_request *request);
void waves_list(struct http_request *request);
void waves_get(struct http_request *request);
void waves_update(struct http_request *request);  /* PATCH */
void waves_delete(struct http_request *request);  /* DELETE: only without responses */
void waves_close(struct http_request *request);

#endif
