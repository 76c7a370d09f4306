/* Partnerships: admins create, change and archive; readers list and read
 * those in their scope. */
#ifndef CACD_PARTNERSHIPS_H
#define CACD_PARTNERSHIPS_H

#include "http.h"

void partnerships_validate(const json_t *body, bool patch, struct validation *validation);

void partnerships_create(struct http_request *request);
void partnerships_list(struct http_request *request);
void partnerships_get(struct http_request *request);
void partnerships_update(struct http_request *request);
void partnerships_archive(struct http_request *request);

#endif
