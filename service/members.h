/* Members of a partnership under pseudonyms: create, list, change,
 * deactivate, and an admin's confirmation (rule 6c). Staff within scope. */
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

/* POST /v1/partnerships/{id}/members/confirm {"member_ids"} and POST
 * /v1/members/{id}/confirm (admin): those members count toward k from now
 * on, and so do their own responses in waves still open (rule 6c). */
void members_confirm_many(struct http_request *request);
void members_confirm_one(struct http_request *request);

#endif
