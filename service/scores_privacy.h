/* Privacy rule 6 applied to what scores_read computed, for a caller who is
 * not an admin (6e: admins see everything, live): a wave that is not closed
 * shows counts only (6a); a closed one shows the cells privacy_decide
 * allows (6b-d), with dimension and overall scores over shown items only.
 * A closed wave never changes, so each decision is made once per wave and
 * totals version and kept in memory; making it costs one more statement,
 * for every wave that needs one at once. */
#ifndef CACD_SCORES_PRIVACY_H
#define CACD_SCORES_PRIVACY_H

#include "http.h"
#include "scores_read.h"

enum db_status scores_privacy_apply(struct http_request *request, struct scored *scored,
				    long minimum) MUST_CHECK;

#endif
