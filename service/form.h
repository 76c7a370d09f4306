/* cacd's own form for members: the invitation link opens a welcome page;
 * its button spends the one-time code for a session cookie (HttpOnly,
 * SameSite=Strict, Secure under an https public_url) and leads to the
 * form's parts, a review and a thank-you page. Every Save, Next and Send
 * stores the answers so far as a revision. Server-rendered, complete
 * without JavaScript; pages in form_view.c, words in form_text.c. */
#ifndef CACD_FORM_H
#define CACD_FORM_H

#include "http.h"

void form_welcome(struct http_request *request);     /* GET /i/{code} */
void form_begin(struct http_request *request);       /* POST /i */
void form_show(struct http_request *request);        /* GET /form/{page} */
void form_save(struct http_request *request);        /* POST /form/{page} */
void form_stylesheet(struct http_request *request);  /* GET /form.css */

#endif
