#ifndef CACD_MEMBERS_H
#define CACD_MEMBERS_H

#include "http.h"

/* The sectors and roles a member may have, NULL-terminated. */
extern const char *const members_sectors[];
extern const char *const members_roles[];

void members_validate(const json_t *body, bool patch, struct validation *validation);

void members_create(struct http_request *request);
void members_list(struct http_request *request);
void members_update(struct http_request *request);
void members_deactivate(struct http_request *request);

#endif
