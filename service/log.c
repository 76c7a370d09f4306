#include "log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "timing.h"

/* How often the flusher writes buffered access-log lines. */
#define LOG_FLUSH_MS 200L

static enum log_format log_line_format = LOG_FORMAT_TEXT;
static pthread_t log_flusher;
static pthread_mutex_t log_flusher_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t log_flusher_wake = PTHREAD_COND_INITIALIZER;
static bool log_buffering, log_stopping;

void log_set_format(enum log_format format)
{
	log_line_format = format;
}

static void log_stamp(char *stamp, size_t size)
{
	char seconds[32];
	struct timespec now;
	struct tm utc;

	clock_gettime(CLOCK_REALTIME, &now);
	gmtime_r(&now.tv_sec, &utc);
	strftime(seconds, sizeof(seconds), "%Y-%m-%dT%H:%M:%S", &utc);
	snprintf(stamp, size, "%s.%03ldZ", seconds, now.tv_nsec / 1000000L);
}

/* A JSON string's contents: quotes, backslashes, control characters and
 * bytes past ASCII as \u00NN, so any input gives one valid line. */
static void log_json_escape(const char *text, char *out, size_t size)
{
	static const char hex[] = "0123456789abcdef";
	size_t used = 0;

	for (const unsigned char *at = (const unsigned char *)text; *at && used + 7 < size; at++) {
		if (*at < 0x20 || *at == '"' || *at == '\\' || *at >= 0x7f) {
			memcpy(out + used, "\\u00", 4);
			out[used + 4] = hex[*at >> 4];
			out[used + 5] = hex[*at & 15];
			used += 6;
		} else {
			out[used++] = (char)*at;
		}
	}
	out[used] = '\0';
}

static void log_write(const char *level, const char *format, va_list arguments)
	__attribute__((format(printf, 2, 0)));

static void log_write(const char *level, const char *format, va_list arguments)
{
	char message[2048], escaped[6 * 2048 + 1];
	char stamp[48];

	log_stamp(stamp, sizeof(stamp));
	vsnprintf(message, sizeof(message), format, arguments);
	if (log_line_format == LOG_FORMAT_TEXT) {
		fprintf(stderr, "%s %s %s\n", stamp, level, message);
		return;
	}
	log_json_escape(message, escaped, sizeof(escaped));
	fprintf(stderr, "{\"time\":\"%s\",\"level\":\"%s\",\"msg\":\"%s\"}\n", stamp, level,
		escaped);
}

#define LOG_DEFINE(function, level, flush)                    \
	void function(const char *format, ...)                \
	{                                                     \
		va_list arguments;                            \
                                                              \
		va_start(arguments, format);                  \
		log_write(level, format, arguments);          \
		va_end(arguments);                            \
		if (flush)                                    \
			fflush(stderr);                       \
	}

LOG_DEFINE(log_info, "info", true)
LOG_DEFINE(log_warn, "warn", true)
LOG_DEFINE(log_error, "error", true)

/* logfmt's quoted value: the same escapes as JSON's, so a request can
 * neither end a value early, add a field nor forge a line. */
static void log_quote(const char *text, char *out, size_t size)
{
	out[0] = '"';
	log_json_escape(text, out + 1, size - 2);
	strcat(out, "\"");
}

void log_access(const struct log_access *entry)
{
	char stamp[48], method[64], path[6 * 512 + 3], route[256];

	log_stamp(stamp, sizeof(stamp));
	if (log_line_format == LOG_FORMAT_TEXT) {
		log_quote(entry->method, method, sizeof(method));
		log_quote(entry->path, path, sizeof(path));
		log_quote(entry->route, route, sizeof(route));
		fprintf(stderr, "%s info request method=%s path=%s status=%d us=%ld id=%s route=%s%s\n",
			stamp, method, path, entry->status, entry->microseconds,
			entry->request_id, route, entry->aborted ? " aborted=1" : "");
	} else {
		log_json_escape(entry->method, method, sizeof(method));
		log_json_escape(entry->path, path, sizeof(path));
		log_json_escape(entry->route, route, sizeof(route));
		fprintf(stderr, "{\"time\":\"%s\",\"level\":\"info\",\"msg\":\"request\","
			"\"method\":\"%s\",\"path\":\"%s\",\"route\":\"%s\",\"status\":%d,"
			"\"us\":%ld,\"request_id\":\"%s\",\"aborted\":%s}\n",
			stamp, method, path, route, entry->status, entry->microseconds,
			entry->request_id, entry->aborted ? "true" : "false");
	}
	if (!log_buffering)
		fflush(stderr);
}

static void *log_flush_loop(void *unused)
{
	struct timespec until;

	(void)unused;
	pthread_mutex_lock(&log_flusher_lock);
	while (!log_stopping) {
		timing_after(CLOCK_REALTIME, LOG_FLUSH_MS, &until);
		pthread_cond_timedwait(&log_flusher_wake, &log_flusher_lock, &until);
		fflush(stderr);
	}
	pthread_mutex_unlock(&log_flusher_lock);
	return NULL;
}

void log_buffer_start(void)
{
	static char buffer[1 << 16];

	fflush(stderr);
	setvbuf(stderr, buffer, _IOFBF, sizeof(buffer));
	log_stopping = false;
	log_buffering = pthread_create(&log_flusher, NULL, log_flush_loop, NULL) == 0;
	if (!log_buffering)
		setvbuf(stderr, NULL, _IONBF, 0);
}

void log_buffer_stop(void)
{
	if (!log_buffering)
		return;
	pthread_mutex_lock(&log_flusher_lock);
	log_stopping = true;
	pthread_cond_signal(&log_flusher_wake);
	pthread_mutex_unlock(&log_flusher_lock);
	pthread_join(log_flusher, NULL);
	log_buffering = false;
	fflush(stderr);
	setvbuf(stderr, NULL, _IONBF, 0);
}
