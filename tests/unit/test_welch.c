/* Welch's interval and the t quantile, against values SciPy 1.10 gives
 * (scipy.stats.t.ppf; the interval from the textbook formula with it).
 * Within 1e-8: for a fractional df SciPy's own t.cdf of its t.ppf is off by
 * about 1e-11, which our quantile, exact to its cdf, does not repeat. */
#include <criterion/criterion.h>
#include <math.h>

#include "welch.h"

Test(welch, t_quantiles_match_scipy)
{
	static const struct {
		double p, df, expected;
	} rows[] = {
		{ 0.975, 1, 12.706204736432095 },   { 0.975, 2, 4.302652729911275 },
		{ 0.975, 3, 3.182446305284263 },    { 0.975, 4.5, 2.6589123472044034 },
		{ 0.975, 7.25, 2.348194848682803 }, { 0.975, 30, 2.0422724563012373 },
		{ 0.975, 1000, 1.9623390808264074 }, { 0.975, 1e7, 1.959964221767205 },
		{ 0.05, 5.5, -1.975279703763365 },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		double got = welch_t_quantile(rows[i].p, rows[i].df);

		cr_expect(fabs(got - rows[i].expected) < 1e-8 * fabs(rows[i].expected),
			  "t(%g, df %g) = %.15g, SciPy %.15g", rows[i].p, rows[i].df, got,
			  rows[i].expected);
	}
}

Test(welch, interval_matches_scipy)
{
	/* samples 70 80 65 90 85 and 50 60 55 75 */
	struct welch_sample a = { 78, 10.36822067666386, 5 }, b = { 60, 10.801234497346433, 4 };
	struct welch_interval interval;

	cr_assert(welch_interval95(a, b, &interval));
	cr_expect(fabs(interval.low - 0.8623152222011754) < 1e-7, "%.15g", interval.low);
	cr_expect(fabs(interval.high - 35.137684777798825) < 1e-7, "%.15g", interval.high);
	cr_expect(fabs(interval.df - 6.431810141338453) < 1e-9, "%.15g", interval.df);
	/* no interval from one value, or from two samples without spread */
	a.n = 1;
	cr_assert_not(welch_interval95(a, b, &interval));
	cr_assert_not(welch_interval95((struct welch_sample){ 5, 0, 3 },
				       (struct welch_sample){ 5, 0, 4 }, &interval));
}
