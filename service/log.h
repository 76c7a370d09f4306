/* Log lines on stderr: an RFC 3339 time, a level, then the message. One
 * fprintf per line, so lines from worker threads never interleave. Never pass
 * a token, an answer or a raw request body to these.
 *
 * Lines of log_info, log_warn and log_error are written at once. The access
 * log's lines (log_request) are buffered while log_buffer_start is in force
 * and written by a flusher thread a few times a second, so serving a request
 * costs no system call for its log line. */
#ifndef CACD_LOG_H
#define CACD_LOG_H

#include "result.h"

void log_info(const char *format, ...) PRINTF_LIKE(1, 2);
void log_warn(const char *format, ...) PRINTF_LIKE(1, 2);
void log_error(const char *format, ...) PRINTF_LIKE(1, 2);
void log_request(const char *format, ...) PRINTF_LIKE(1, 2);

/* Buffers stderr and starts the flusher; log_buffer_stop writes what is
 * left and stops it. */
void log_buffer_start(void);
void log_buffer_stop(void);

#endif
