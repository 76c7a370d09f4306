/* Invitations people can hold: the reply that made them as printable HTML
 * (one A4 sheet a member, the link as text and as a QR code) or as a table
 * for a mail merge (CSV, xlsx). Pure. */
#ifndef CACD_INVITATIONS_PRINT_H
#define CACD_INVITATIONS_PRINT_H

#include <jansson.h>
#include <stddef.h>

#include "csv.h"
#include "form_text.h"

struct invitations_round {
	const char *partnership, *wave_label, *closes_at;
};

/* data: the reply's entries ({member_id, label, role, sector, code, link,
 * expires_at}). Returns the page; the caller frees it. */
char *invitations_print(enum form_language language, const struct invitations_round *round,
			const json_t *data, size_t *length);

/* One row a member: label, role, sector, link, expires_at. */
void invitations_table(struct csv *table, const json_t *data);

#endif
