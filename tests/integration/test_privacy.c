/* Privacy rule 6 against the four ways a curious coordinator or viewer
 * read one member's answers back before: over time, across groupings, a
 * lone item, and padding with its own entries. Each is played through the
 * API as that person would. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

TestSuite(privacy, .init = server_setup, .fini = server_teardown, .timeout = 120);


static json_t *scores_of(const char *token, const char *wave, const char *query)
{
	char path[200];

	snprintf(path, sizeof(path), "/v1/waves/%s/scores%s", wave, query);
	return expect("GET", path, token, NULL, 200);
}

static void wave_close(const char *token, const char *wave)
{
	char path[128];

	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, token, NULL, 200));
}

static const json_t *group_named(const json_t *scores, const char *name)
{
	return find_entry(json_object_get(scores, "groups"), "group", name);
}

static bool group_shown(const json_t *scores, const char *name)
{
	const json_t *group = group_named(scores, name);

	return group != NULL && json_is_false(json_object_get(group, "suppressed"));
}

/* 1. A viewer read, one more member answered, the viewer read again. */
Test(privacy, numbers_are_published_at_close_and_never_change)
{
	struct world world;
	json_t *before, *after, *published, *again;
	char *members[4], path[160];

	world_build(&world);
	for (int i = 0; i < 4; i++)
		members[i] = world_member_add(world.admin, world.partnership, NULL, "welfare", "professional");
	for (int i = 0; i < 3; i++)
		world_answer(world.admin, world.wave, members[i], "{\"answers\":{\"1\":50,\"2\":50}}", 201);
	before = scores_of(world.viewer, world.wave, "");
	world_answer(world.admin, world.wave, members[3], "{\"answers\":{\"1\":90,\"2\":10}}", 201);
	after = scores_of(world.viewer, world.wave, "");
	/* open: counts only, so the two reads differ only by the count */
	cr_assert(json_is_false(json_object_get(after, "published")));
	cr_assert(json_is_null(json_object_get(before, "overall")));
	cr_assert(json_is_null(json_object_get(after, "overall")));
	cr_assert(json_is_null(json_object_get(json_array_get(json_object_get(after, "items"), 0),
					       "score")));
	cr_assert_eq(json_integer_value(json_object_get(after, "n_responses")), 4);

	wave_close(world.coordinator, world.wave);
	published = scores_of(world.viewer, world.wave, "");
	cr_assert(json_is_true(json_object_get(published, "published")));
	cr_assert_float_eq(json_number_value(json_object_get(published, "overall")), 50.0, 1e-9);
	/* a closed wave takes no change and no withdrawal: nothing to subtract */
	world_answer(world.admin, world.wave, members[3], "{\"answers\":{\"1\":0}}", 409);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave, members[0]);
	json_decref(expect("DELETE", path, world.admin, NULL, 409));
	again = scores_of(world.viewer, world.wave, "");
	cr_assert(json_equal(again, published), "published numbers changed");
	for (int i = 0; i < 4; i++)
		free(members[i]);
	json_decref(before);
	json_decref(after);
	json_decref(published);
	json_decref(again);
	world_free(&world);
}

/* 2. Citizens are three coproducers and one volunteer: by=sector citizen
 * minus by=role coproducer was the volunteer. (Two coordinators keep the
 * hidden roles at k together, so the within-grouping rule alone let the
 * coproducers show.) */
Test(privacy, groupings_are_never_one_member_apart)
{
	struct world world;
	json_t *by_role, *by_sector;

	world_build(&world);
	for (int i = 0; i < 10; i++) {
		const char *role = i < 3 ? "coproducer" : i == 3 ? "volunteer"
					 : i < 6 ? "coordinator" : "professional";
		char *member = world_member_add(world.admin, world.partnership, NULL,
						i < 4 ? "citizen" : "health_care", role);
		char body[96];

		snprintf(body, sizeof(body), "{\"answers\":{\"1\":%d,\"2\":%d}}", 10 * i, 90 - i);
		world_answer(world.admin, world.wave, member, body, 201);
		free(member);
	}
	wave_close(world.admin, world.wave);
	by_role = scores_of(world.viewer, world.wave, "?by=role");
	by_sector = scores_of(world.viewer, world.wave, "?by=sector");
	cr_assert(json_is_false(json_object_get(by_role, "suppressed")));
	cr_assert(!group_shown(by_role, "volunteer"));
	cr_assert(!(group_shown(by_sector, "citizen") && group_shown(by_role, "coproducer")),
		  "citizen and coproducer both shown: they differ by one member");
	cr_assert(!(group_shown(by_sector, "health_care") && group_shown(by_role, "professional") &&
		    json_integer_value(json_object_get(group_named(by_role, "professional"),
						       "n_responses")) !=
			    json_integer_value(json_object_get(group_named(by_sector, "health_care"),
							       "n_responses"))));
	json_decref(by_role);
	json_decref(by_sector);
	world_free(&world);
}

/* 3. Item 26 answered by one of three respondents was shown with n 1. */
Test(privacy, an_item_answered_by_fewer_than_k_is_hidden_alone)
{
	struct world world;
	json_t *scores, *items, *lone;
	char *members[3];
	double shown_sum = 0;
	size_t shown = 0, index;
	json_t *item;

	world_build(&world);
	for (int i = 0; i < 3; i++) {
		members[i] = world_member_add(world.admin, world.partnership, NULL, "welfare", "professional");
		world_answer(world.admin, world.wave, members[i],
		       i == 0 ? "{\"answers\":{\"1\":60,\"2\":40,\"26\":100}}"
			      : "{\"answers\":{\"1\":60,\"2\":40}}", 201);
		free(members[i]);
	}
	wave_close(world.admin, world.wave);
	scores = scores_of(world.viewer, world.wave, "");
	items = json_object_get(scores, "items");
	lone = json_array_get(items, 25);
	cr_assert_eq(json_integer_value(json_object_get(lone, "number")), 26);
	cr_assert(json_is_null(json_object_get(lone, "score")));
	cr_assert(json_is_null(json_object_get(lone, "n")));
	cr_assert(json_is_true(json_object_get(lone, "suppressed")));
	cr_assert(json_is_false(json_object_get(json_array_get(items, 0), "suppressed")));
	/* the overall score does not carry item 26 either */
	json_array_foreach(items, index, item) {
		if (json_is_number(json_object_get(item, "score"))) {
			shown_sum += json_number_value(json_object_get(item, "score"));
			shown++;
		}
	}
	cr_assert_eq(shown, 2);
	cr_assert_float_eq(json_number_value(json_object_get(scores, "overall")),
			   shown_sum / (double)shown, 1e-9);
	json_decref(scores);
	/* the CSV says which rows are suppressed */
	char path[200];
	struct reply *csv;

	snprintf(path, sizeof(path), "/v1/waves/%s/scores?format=csv", world.wave);
	csv = api("GET", path, world.viewer, NULL);
	assert_status(csv, 200);
	cr_assert(strstr(csv->body, ",item,26,visibility,,,,,3,TRUE\r\n") != NULL, "%s", csv->body);
	/* item 1's three answers are all 60: its sd of 0 would tell each of them
	 * what the other two answered, so no spread is shown under 2k */
	cr_assert(strstr(csv->body, ",item,1,general,60,,3,,3,FALSE\r\n") != NULL, "%s", csv->body);
	reply_free(csv);
	/* the admin still sees everything (rule 6e) */
	scores = scores_of(world.admin, world.wave, "");
	cr_assert_float_eq(json_number_value(json_object_get(
		json_array_get(json_object_get(scores, "items"), 25), "score")), 100.0, 1e-9);
	json_decref(scores);
	world_free(&world);
}

/* 4. A coordinator entered two responses of its own beside one real one. */
Test(privacy, a_coordinators_own_entries_do_not_count_toward_k)
{
	struct world world;
	json_t *scores;
	char *padding[2];

	world_build(&world);
	world_answer(world.respondent, world.wave, world.respondent_member,
	       "{\"answers\":{\"1\":70,\"2\":30}}", 201);
	for (int i = 0; i < 2; i++) {
		padding[i] = world_member_add(world.coordinator, world.partnership, NULL, "other", "other");
		world_answer(world.coordinator, world.wave, padding[i], "{\"answers\":{\"1\":0,\"2\":0}}",
		       201);
		free(padding[i]);
	}
	wave_close(world.coordinator, world.wave);
	scores = scores_of(world.coordinator, world.wave, "");
	cr_assert_eq(json_integer_value(json_object_get(scores, "n_responses")), 3);
	cr_assert(json_is_true(json_object_get(scores, "suppressed")));
	cr_assert(json_is_null(json_object_get(scores, "overall")));
	cr_assert(json_is_null(json_object_get(json_array_get(json_object_get(scores, "items"), 0),
					       "score")));
	json_decref(scores);
	world_free(&world);
}
