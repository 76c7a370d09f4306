/* Survey rounds as coordinators run them: rounds held on paper before cacd,
 * entered later by an admin, one by one or as an import. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

TestSuite(rounds, .init = server_setup, .fini = server_teardown, .timeout = 60);

static const char *text_of(const json_t *object, const char *key)
{
	const char *value = json_string_value(json_object_get(object, key));

	cr_assert(value != NULL, "no string %s", key);
	return value;
}

/* A past round of the world's partnership, made by the admin. */
static void paper_wave_create(const struct world *world, const char *label, char out[40])
{
	char path[128], body[256];
	json_t *wave;

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->partnership);
	snprintf(body, sizeof(body), "{\"label\":\"%s\",\"opens_at\":\"2024-03-01T00:00:00Z\","
		 "\"closes_at\":\"2024-04-01T00:00:00Z\"}", label);
	wave = expect("POST", path, world->admin, body, 201);
	cr_assert_str_eq(text_of(wave, "status"), "open");
	cr_assert(json_is_true(json_object_get(wave, "paper_entry")));
	copy_id(wave, out);
	json_decref(wave);
}

Test(rounds, an_admin_enters_a_past_round_and_publishes_it_once)
{
	struct world world;
	char wave[40], path[160], body[256];
	json_t *reply, *waves, *entry;

	world_build(&world);
	/* a coordinator's past wave would be closed and empty at once: refused */
	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world.partnership);
	expect_problem("POST", path, world.coordinator,
		       "{\"label\":\"2023\",\"opens_at\":\"2023-03-01T00:00:00Z\","
		       "\"closes_at\":\"2023-04-01T00:00:00Z\"}", 422);
	/* a current wave made by an admin is an ordinary one */
	reply = expect("POST", path, world.admin,
		       "{\"label\":\"2027\",\"opens_at\":\"2027-03-01T00:00:00Z\","
		       "\"closes_at\":\"2027-04-01T00:00:00Z\"}", 201);
	cr_assert(json_is_false(json_object_get(reply, "paper_entry")));
	json_decref(reply);

	paper_wave_create(&world, "voorjaar 2024", wave);
	/* staff enter the forms; the numbers stay unpublished meanwhile */
	world_answer(world.admin, wave, world.member, "{\"scale\":\"agree4\",\"answers\":{\"1\":4}}",
		     201);
	world_answer(world.coordinator, wave, world.second_member,
		     "{\"scale\":\"agree4\",\"answers\":{\"1\":2}}", 201);
	world_answer(world.admin, wave, world.respondent_member,
		     "{\"scale\":\"agree4\",\"answers\":{\"1\":3}}", 201);
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", wave);
	reply = expect("GET", path, world.viewer, NULL, 200);
	cr_assert(json_is_false(json_object_get(reply, "published")));
	json_decref(reply);

	/* its dates may be corrected while it takes entries */
	snprintf(path, sizeof(path), "/v1/waves/%s", wave);
	reply = expect("PATCH", path, world.admin, "{\"closes_at\":\"2024-05-01T00:00:00Z\"}",
		       200);
	cr_assert_str_eq(text_of(reply, "status"), "open");
	json_decref(reply);

	/* closing publishes it, and then it takes nothing more */
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 200));
	world_answer(world.admin, wave, world.member, "{\"scale\":\"agree4\",\"answers\":{\"1\":1}}",
		     409);
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", wave);
	reply = expect("GET", path, world.viewer, NULL, 200);
	cr_assert(json_is_true(json_object_get(reply, "published")));
	cr_assert_eq(json_integer_value(json_object_get(reply, "n_responses")), 3);
	json_decref(reply);

	/* the trend puts the paper round first, by when it was held */
	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend", world.partnership);
	reply = expect("GET", path, world.admin, NULL, 200);
	waves = json_object_get(reply, "waves");
	entry = json_array_get(waves, 0);
	cr_assert_str_eq(text_of(entry, "wave_id"), wave);
	/* agree4 4, 2, 3 are 100, 33.3, 66.7 on 0-100: item 1's mean is 66.7 */
	snprintf(body, sizeof(body), "%.4f",
		 json_real_value(json_object_get(json_object_get(entry, "dimensions"), "general")));
	cr_assert_str_eq(body, "66.6667");
	json_decref(reply);
	world_free(&world);
}
