/* Published score views served from memory. A closed wave's numbers never
 * change (privacy rule 6a), so a view whose waves are all closed (scores,
 * gaps, a trend, the report, comparisons), once computed for a caller, is
 * kept (in the reply cache) under a key of what the request asked and who
 * asked (role and scope), not of the data: a repeated read then needs
 * neither the database nor a token lookup there (the token cache). A new
 * wave, or a change to any wave, partnership or neighbourhood (a label, a
 * name, a deletion), moves an epoch that every key holds, so nothing kept
 * before it is found again.
 * Kept views stay usable while notifications are not heard (the primary
 * may be down: they need no database), and the epoch moves again when
 * they are heard again, so a change missed meanwhile is not served after. */
#ifndef CACD_PUBLISHED_H
#define CACD_PUBLISHED_H

#include <stdbool.h>

/* Whether kept views may be used, and the epoch a key must hold. */
bool published_on(void);
unsigned long published_epoch(void);

/* Notifications (db_notify.c). */
void published_forget_all(void);
void published_listening(bool listening);

#endif
