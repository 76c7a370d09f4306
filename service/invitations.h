/* Invitations only the member can use (privacy rule 6c): a coordinator gets
 * links holding one-time codes, never a credential. The member's first use
 * of a code exchanges it for the member's own respondent session; a second
 * use answers 410. Codes are shown only in the reply that made them and
 * stored only as hashes. */
#ifndef CACD_INVITATIONS_H
#define CACD_INVITATIONS_H

#include "http.h"

/* The reply's link for a code: form_url with {code} (or its old name
 * {token}), {wave_id} and {member_id} replaced, or cacd's own form,
 * public_url + "/i/" + code. Pure; the caller frees it. */
char *invitations_link(const struct config *config, const char *code, const char *wave_id,
		       const char *member_id);

/* Pure: the optional body of POST /v1/waves/{id}/invitations,
 * {"member_ids": [...], "reissue": bool}; reissue needs member_ids. */
struct invitations_request {
	char *member_ids;  /* "{id,...}" array text, or NULL for everyone due; owned */
	bool reissue;
};
void invitations_validate(const json_t *body, struct invitations_request *out,
			  struct validation *validation);

/* POST /v1/waves/{id}/invitations: codes for members not yet invited (or
 * whose code expired), or for the members named; reissue replaces theirs. */
void invitations_create(struct http_request *request);
/* GET /v1/waves/{id}/invitations: invited, claimed, responded. */
void invitations_list(struct http_request *request);
/* Spends a code (canonical form) for a new session of its member: *result
 * is the claim's row (outcome, invitation, token id, wave, member,
 * expires_at) and, when the outcome is "claimed", token the session token
 * and the request's principal that session. */
enum db_status invitations_redeem(struct http_request *request, const char *code,
				  char token[AUTH_TOKEN_SIZE], const struct db_result **result);
/* POST /v1/invitations/claim {"code"}: 201 with the member's session token,
 * once; 410 after. No token needed: the code is the credential. */
void invitations_claim(struct http_request *request);
/* GET /v1/me: what a respondent's session is for. */
void invitations_me(struct http_request *request);

#endif
