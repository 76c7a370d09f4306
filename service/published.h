/* Published wave views served from memory. A closed wave's numbers never
 * change (privacy rule 6a), so its scores and gaps, once computed for a
 * caller, are kept (in the reply cache) under a key of what the request
 * asked and who asked (role and scope), not of the data: a repeated read
 * then needs neither the database nor a token lookup there (the token
 * cache). A change to any wave or partnership (a label, a deletion) moves
 * an epoch that every key holds, so nothing kept before it is found again;
 * while notifications are not heard nothing is found at all. */
#ifndef CACD_PUBLISHED_H
#define CACD_PUBLISHED_H

#include <stdbool.h>

/* Whether kept views may be used now, and the epoch a key must hold. */
bool published_on(void);
unsigned long published_epoch(void);

/* Notifications (db_notify.c). */
void published_forget_all(void);
void published_listening(bool listening);

#endif
