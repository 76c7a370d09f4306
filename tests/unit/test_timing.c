/* timing.c: deadlines stay normalised, and what is left never goes below
 * its floor. */
#include <criterion/criterion.h>

#include "timing.h"

Test(timing, a_deadline_keeps_its_nanoseconds_under_a_second)
{
	struct timespec before, at;

	for (long milliseconds = 0; milliseconds <= 2001; milliseconds += 667) {
		clock_gettime(CLOCK_MONOTONIC, &before);
		timing_after(CLOCK_MONOTONIC, milliseconds, &at);
		cr_assert(at.tv_nsec >= 0 && at.tv_nsec < 1000000000L, "%ld ns", at.tv_nsec);
		long apart = (at.tv_sec - before.tv_sec) * 1000L +
			     (at.tv_nsec - before.tv_nsec) / 1000000L;
		cr_assert(apart >= milliseconds && apart <= milliseconds + 1000,
			  "%ld ms after now for %ld", apart, milliseconds);
	}
}

Test(timing, a_passed_deadline_leaves_nothing_and_a_spent_budget_one)
{
	struct timespec start;

	clock_gettime(CLOCK_MONOTONIC, &start);
	start.tv_sec -= 5;
	cr_assert_eq(timing_ms_until(&start), 0);
	cr_assert_geq(timing_ms_since(&start), 5000);
	cr_assert_eq(timing_ms_left(&start, 1000), 1);
	cr_assert_geq(timing_ms_left(&start, 60000), 54000);
	cr_assert_leq(timing_ms_left(&start, 60000), 55000);
}
