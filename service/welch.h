/* Welch's interval for the difference of two means from independent
 * samples with unequal variances, and the Student t quantile it needs.
 * Pure. Written here rather than taken from GSL or Rmath, whose GPL would
 * bind the whole service: it is the textbook continued fraction for the
 * incomplete beta function, checked against SciPy in tests/unit. */
#ifndef CACD_WELCH_H
#define CACD_WELCH_H

#include <stdbool.h>

/* One sample: its mean, sample standard deviation (n - 1) and size. */
struct welch_sample {
	double mean, sd;
	long n;
};

struct welch_interval {
	double low, high, df;
};

/* The 95% interval of a.mean - b.mean. False when either sample has fewer
 * than two values or both have no spread (there is no interval then). */
bool welch_interval95(struct welch_sample a, struct welch_sample b,
		      struct welch_interval *out);

/* Whether the interval excludes 0: the change or gap is beyond noise. */
bool welch_beyond_noise(struct welch_interval interval);

/* The p quantile (0 < p < 1) of Student's t with df > 0 degrees of freedom. */
double welch_t_quantile(double p, double df);

#endif
