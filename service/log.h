/* Log lines on stderr: an RFC 3339 time, a level, then the message. One
 * fprintf per line, so lines from worker threads never interleave. Never pass
 * a token, an answer or a raw request body to these. */
#ifndef CACD_LOG_H
#define CACD_LOG_H

#include "result.h"

void log_info(const char *format, ...) PRINTF_LIKE(1, 2);
void log_warn(const char *format, ...) PRINTF_LIKE(1, 2);
void log_error(const char *format, ...) PRINTF_LIKE(1, 2);

#endif
