#include "log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "timing.h"

/* How often the flusher writes buffered access-log lines. */
#define LOG_FLUSH_MS 200L

static pthread_t log_flusher;
static pthread_mutex_t log_flusher_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t log_flusher_wake = PTHREAD_COND_INITIALIZER;
static bool log_buffering, log_stopping;

static void log_write(const char *level, const char *format, va_list arguments)
	__attribute__((format(printf, 2, 0)));

static void log_write(const char *level, const char *format, va_list arguments)
{
	char message[2048];
	char stamp[32];
	struct timespec now;
	struct tm utc;

	clock_gettime(CLOCK_REALTIME, &now);
	gmtime_r(&now.tv_sec, &utc);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%S", &utc);
	vsnprintf(message, sizeof(message), format, arguments);
	fprintf(stderr, "%s.%03ldZ %s %s\n", stamp, now.tv_nsec / 1000000L, level,
		message);
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
LOG_DEFINE(log_request, "info", !log_buffering)

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
