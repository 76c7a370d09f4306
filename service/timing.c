#include "timing.h"

#define TIMING_NS_PER_SECOND 1000000000L

void timing_after(clockid_t clock, long milliseconds, struct timespec *at)
{
	clock_gettime(clock, at);
	at->tv_sec += milliseconds / 1000;
	at->tv_nsec += (milliseconds % 1000) * 1000000L;
	if (at->tv_nsec >= TIMING_NS_PER_SECOND) {
		at->tv_sec++;
		at->tv_nsec -= TIMING_NS_PER_SECOND;
	}
}

static long timing_ms_between(const struct timespec *from, const struct timespec *to)
{
	return (to->tv_sec - from->tv_sec) * 1000L + (to->tv_nsec - from->tv_nsec) / 1000000L;
}

long timing_ms_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return timing_ms_between(start, &now);
}

long timing_ms_until(const struct timespec *deadline)
{
	struct timespec now;
	long left;

	clock_gettime(CLOCK_MONOTONIC, &now);
	left = timing_ms_between(&now, deadline);
	return left > 0 ? left : 0;
}

long timing_ms_left(const struct timespec *start, long milliseconds)
{
	long left = milliseconds - timing_ms_since(start);

	return left > 1 ? left : 1;
}
