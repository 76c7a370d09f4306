/* Log lines on stderr: an RFC 3339 time, a level, then the message, as
 * text or (log_format = json) as one JSON object per line. One fprintf per
 * line, so lines from worker threads never interleave. Never pass a token,
 * an answer or a raw request body to these.
 *
 * Lines of log_info, log_warn and log_error are written at once. The access
 * log's lines (log_request) are buffered while log_buffer_start is in force
 * and written by a flusher thread a few times a second, so serving a request
 * costs no system call for its log line. */
#ifndef CACD_LOG_H
#define CACD_LOG_H

#include <stdbool.h>

#include "result.h"

void log_info(const char *format, ...) PRINTF_LIKE(1, 2);
void log_warn(const char *format, ...) PRINTF_LIKE(1, 2);
void log_error(const char *format, ...) PRINTF_LIKE(1, 2);

enum log_format {
	LOG_FORMAT_TEXT,
	LOG_FORMAT_JSON,
};

/* Set once at start-up, before the workers start. */
void log_set_format(enum log_format format);

/* One answered request; the strings are borrowed. */
struct log_access {
	const char *method;
	const char *path;       /* as asked, with secrets already taken out */
	const char *route;      /* the route's pattern, or "" */
	int status;
	long microseconds;
	const char *request_id;
	bool aborted;           /* the connection ended before the reply was sent */
};

/* The access log's line for one request. */
void log_access(const struct log_access *entry);

/* Buffers stderr and starts the flusher; log_buffer_stop writes what is
 * left and stops it. */
void log_buffer_start(void);
void log_buffer_stop(void);

#endif
