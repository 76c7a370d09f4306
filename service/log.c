#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

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

void log_info(const char *format, ...)
{
	va_list arguments;

	va_start(arguments, format);
	log_write("info", format, arguments);
	va_end(arguments);
}

void log_warn(const char *format, ...)
{
	va_list arguments;

	va_start(arguments, format);
	log_write("warn", format, arguments);
	va_end(arguments);
}

void log_error(const char *format, ...)
{
	va_list arguments;

	va_start(arguments, format);
	log_write("error", format, arguments);
	va_end(arguments);
}
