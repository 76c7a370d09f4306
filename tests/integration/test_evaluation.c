/* Evaluation views: the perspective gap between coproducers and
 * professionals with its Welch interval, checked against SciPy run on the
 * raw answers (Debian's python3-scipy), not against the service's own
 * arithmetic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

TestSuite(evaluation, .init = server_setup, .fini = server_teardown, .timeout = 60);

/* Answers on the percent scale to items 1 (general) and 2 (suitability). */
static const int coproducer_answers[4][2] = { { 80, 50 }, { 60, 40 }, { 90, 60 }, { 70, 30 } };
static const int professional_answers[4][2] = { { 40, 70 }, { 50, 80 }, { 30, 60 }, { 60, 90 } };

/* gap, ci_low, ci_high of SciPy's Welch interval for a - b. */
struct expected_gap {
	double gap, low, high;
};

static struct expected_gap scipy_welch(const double *a, const double *b, size_t n)
{
	char command[1024], list_a[256] = "", list_b[256] = "";
	struct expected_gap out;
	FILE *python;

	for (size_t i = 0; i < n; i++) {
		snprintf(list_a + strlen(list_a), sizeof(list_a) - strlen(list_a), "%s%.17g",
			 i ? "," : "", a[i]);
		snprintf(list_b + strlen(list_b), sizeof(list_b) - strlen(list_b), "%s%.17g",
			 i ? "," : "", b[i]);
	}
	snprintf(command, sizeof(command),
		 "/usr/bin/python3 -c 'import numpy as np; from scipy import stats\n"
		 "a = np.array([%s]); b = np.array([%s])\n"
		 "va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)\n"
		 "df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))\n"
		 "t = stats.t.ppf(0.975, df); d = a.mean() - b.mean(); se = (va + vb) ** 0.5\n"
		 "print(repr(d), repr(d - t * se), repr(d + t * se))'",
		 list_a, list_b);
	python = popen(command, "r");
	cr_assert(python != NULL);
	cr_assert_eq(fscanf(python, "%lf %lf %lf", &out.gap, &out.low, &out.high), 3,
		     "python3-scipy did not answer");
	cr_assert_eq(pclose(python), 0);
	return out;
}

static void assert_cell(const json_t *cell, struct expected_gap expected, const char *what)
{
	cr_assert(json_is_false(json_object_get(cell, "suppressed")), "%s is suppressed", what);
	cr_assert_float_eq(json_real_value(json_object_get(cell, "gap")), expected.gap, 1e-9, "%s",
			   what);
	/* SciPy's t.ppf is itself within about 1e-9 of the exact quantile */
	cr_assert_float_eq(json_real_value(json_object_get(cell, "ci_low")), expected.low, 1e-7,
			   "%s low", what);
	cr_assert_float_eq(json_real_value(json_object_get(cell, "ci_high")), expected.high, 1e-7,
			   "%s high", what);
}

/* A wave where four coproducers and four professionals answered, entered
 * by the admin (so each counts toward k). */
static void gap_wave(const struct world *world, char wave[40])
{
	char path[128], body[128];
	json_t *created;

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->partnership);
	created = expect("POST", path, world->admin,
			 "{\"label\":\"gap\",\"opens_at\":\"2026-01-01T00:00:00Z\","
			 "\"closes_at\":\"2099-01-01T00:00:00Z\"}", 201);
	copy_id(created, wave);
	json_decref(created);
	for (int i = 0; i < 8; i++) {
		const int *answers = i < 4 ? coproducer_answers[i] : professional_answers[i - 4];
		char *member = world_member_add(world->admin, world->partnership, NULL, "welfare",
						i < 4 ? "coproducer" : "professional");

		snprintf(body, sizeof(body), "{\"answers\":{\"1\":%d,\"2\":%d}}", answers[0],
			 answers[1]);
		world_answer(world->admin, wave, member, body, 201);
		free(member);
	}
}

Test(evaluation, perspective_gap_with_welch_intervals)
{
	struct world world;
	char wave[40], path[128];
	double a[4], b[4];
	json_t *gaps, *cell;

	world_build(&world);
	gap_wave(&world, wave);
	snprintf(path, sizeof(path), "/v1/waves/%s/gaps", wave);

	/* before the wave closes a viewer sees no gap, an admin every one */
	gaps = expect("GET", path, world.viewer, NULL, 200);
	cr_assert(json_is_true(json_object_get(json_object_get(gaps, "overall"), "suppressed")));
	cr_assert(json_is_null(json_object_get(json_object_get(gaps, "overall"), "gap")));
	json_decref(gaps);
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, world.admin, NULL, 200));

	snprintf(path, sizeof(path), "/v1/waves/%s/gaps", wave);
	gaps = expect("GET", path, world.viewer, NULL, 200);
	/* items 1 and 2, and their dimensions (each the only item answered in
	 * it, so respondents' dimension means are their answers) */
	for (int item = 0; item < 2; item++) {
		for (int i = 0; i < 4; i++) {
			a[i] = coproducer_answers[i][item];
			b[i] = professional_answers[i][item];
		}
		cell = find_entry(json_object_get(gaps, "dimensions"), "key",
				  item == 0 ? "general" : "suitability");
		assert_cell(json_array_get(json_object_get(gaps, "items"), (size_t)item),
			    scipy_welch(a, b, 4), item == 0 ? "item 1" : "item 2");
		assert_cell(cell, scipy_welch(a, b, 4), item == 0 ? "general" : "suitability");
	}
	/* overall: everyone answered both items, so the gap of the overall
	 * scores equals that of the respondents' own overall means */
	for (int i = 0; i < 4; i++) {
		a[i] = (coproducer_answers[i][0] + coproducer_answers[i][1]) / 2.0;
		b[i] = (professional_answers[i][0] + professional_answers[i][1]) / 2.0;
	}
	assert_cell(json_object_get(gaps, "overall"), scipy_welch(a, b, 4), "overall");
	/* an item nobody answered has no gap to show */
	cell = json_array_get(json_object_get(gaps, "items"), 2);
	cr_assert(json_is_null(json_object_get(cell, "gap")));
	json_decref(gaps);
	world_free(&world);
}
