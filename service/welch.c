#include "welch.h"

#include <math.h>

#define WELCH_TINY 1e-300

/* The continued fraction of the incomplete beta function, by the modified
 * Lentz method. */
static double welch_beta_fraction(double a, double b, double x)
{
	double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0), h;

	d = 1.0 / (fabs(d) < WELCH_TINY ? WELCH_TINY : d);
	h = d;
	for (int m = 1; m <= 500; m++) {
		double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
		double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
		double step;

		d = 1.0 + even * d;
		c = 1.0 + even / c;
		d = 1.0 / (fabs(d) < WELCH_TINY ? WELCH_TINY : d);
		c = fabs(c) < WELCH_TINY ? WELCH_TINY : c;
		h *= d * c;
		d = 1.0 + odd * d;
		c = 1.0 + odd / c;
		d = 1.0 / (fabs(d) < WELCH_TINY ? WELCH_TINY : d);
		c = fabs(c) < WELCH_TINY ? WELCH_TINY : c;
		step = d * c;
		h *= step;
		if (fabs(step - 1.0) < 1e-16)
			break;
	}
	return h;
}

/* The regularized incomplete beta function I_x(a, b). */
static double welch_incomplete_beta(double a, double b, double x)
{
	double front;

	if (x <= 0.0)
		return 0.0;
	if (x >= 1.0)
		return 1.0;
	front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x));
	if (x < (a + 1.0) / (a + b + 2.0))
		return front * welch_beta_fraction(a, b, x) / a;
	return 1.0 - front * welch_beta_fraction(b, a, 1.0 - x) / b;
}

/* P(T <= t) for Student's t with df degrees of freedom. */
static double welch_t_cdf(double t, double df)
{
	double tail = 0.5 * welch_incomplete_beta(df / 2.0, 0.5, df / (df + t * t));

	return t > 0.0 ? 1.0 - tail : tail;
}

double welch_t_quantile(double p, double df)
{
	double low = -1.0, high = 1.0;

	if (p == 0.5)
		return 0.0;
	while (welch_t_cdf(low, df) > p)
		low *= 2.0;
	while (welch_t_cdf(high, df) < p)
		high *= 2.0;
	/* bisection: the cdf is monotone, and 200 halvings reach the last bit */
	for (int i = 0; i < 200 && high - low > 1e-15 * fabs(high); i++) {
		double middle = (low + high) / 2.0;

		if (welch_t_cdf(middle, df) < p)
			low = middle;
		else
			high = middle;
	}
	return (low + high) / 2.0;
}

bool welch_interval95(struct welch_sample a, struct welch_sample b, struct welch_interval *out)
{
	double va, vb, se, t, difference;

	if (a.n < 2 || b.n < 2)
		return false;
	va = a.sd * a.sd / (double)a.n;
	vb = b.sd * b.sd / (double)b.n;
	if (va + vb <= 0.0)
		return false;
	se = sqrt(va + vb);
	out->df = (va + vb) * (va + vb) /
		  (va * va / (double)(a.n - 1) + vb * vb / (double)(b.n - 1));
	t = welch_t_quantile(0.975, out->df);
	difference = a.mean - b.mean;
	out->low = difference - t * se;
	out->high = difference + t * se;
	return true;
}

bool welch_beyond_noise(struct welch_interval interval)
{
	return interval.low > 0.0 || interval.high < 0.0;
}
