/* Time arithmetic on struct timespec, in one place: deadlines for
 * PostgreSQL calls and for condition-variable waits, and what is left of a
 * budget. Pure apart from reading the clock; no allocation. */
#ifndef CACD_TIMING_H
#define CACD_TIMING_H

#include <time.h>

/* at = now on clock + milliseconds. CLOCK_MONOTONIC for deadlines the
 * program measures, CLOCK_REALTIME for pthread_cond_timedwait. */
void timing_after(clockid_t clock, long milliseconds, struct timespec *at);

/* Milliseconds on CLOCK_MONOTONIC since start. */
long timing_ms_since(const struct timespec *start);

/* Milliseconds on CLOCK_MONOTONIC until deadline; 0 once it has passed. */
long timing_ms_until(const struct timespec *deadline);

/* What is left of a budget of milliseconds that began at start; at least 1,
 * so a call made with it fails at once rather than waiting without bound. */
long timing_ms_left(const struct timespec *start, long milliseconds);

#endif
