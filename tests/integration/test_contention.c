/* Concurrent revisions of one wave: 16 clients revising partial responses
 * of 60 members in 25 role x sector groups. Every request succeeds, the
 * database never had to break a deadlock (cacd would retry one, and count
 * it), and the running totals equal a recomputation afterwards. */
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

#define CLIENTS 16
#define REVISIONS_EACH 30
#define MEMBERS 60

TestSuite(contention, .init = server_setup, .fini = server_teardown, .timeout = 180);

struct client {
	const char *token;
	const char *wave;
	char (*members)[40];
	unsigned seed;
	long statuses[REVISIONS_EACH];
};

/* Random partial answers on a random scale, at least one item. */
static void contention_body(unsigned *seed, char *body, size_t size)
{
	static const char *const scales[] = { "agree4", "likert5", "percent" };
	static const int low[] = { 1, 1, 0 }, high[] = { 4, 5, 100 };
	int scale = (int)(rand_r(seed) % 3);
	size_t used = (size_t)snprintf(body, size, "{\"scale\":\"%s\",\"answers\":{\"1\":%d",
				       scales[scale], low[scale]);

	for (int item = 2; item <= 26; item++) {
		unsigned kind = rand_r(seed) % 4;

		if (kind == 0)
			continue;
		if (kind == 1)
			used += (size_t)snprintf(body + used, size - used, ",\"%d\":null", item);
		else
			used += (size_t)snprintf(body + used, size - used, ",\"%d\":%d", item,
						 low[scale] + (int)(rand_r(seed) % (unsigned)(high[scale] - low[scale] + 1)));
	}
	snprintf(body + used, size - used, "}}");
}

/* No Criterion assertions off the main thread: statuses are kept and
 * checked after the join. */
static void *contention_client(void *argument)
{
	struct client *client = argument;
	char path[160], body[1024];

	for (int i = 0; i < REVISIONS_EACH; i++) {
		struct reply *reply;

		snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", client->wave,
			 client->members[rand_r(&client->seed) % MEMBERS]);
		contention_body(&client->seed, body, sizeof(body));
		reply = api("PUT", path, client->token, body);
		client->statuses[i] = reply->status;
		reply_free(reply);
	}
	return NULL;
}

static void contention_members(const struct world *world, char (*members)[40])
{
	static const char *const roles[] = { "professional", "coproducer", "coordinator",
					     "volunteer", "other" };
	static const char *const sectors[] = { "health_care", "welfare", "citizen", "police",
					       "housing" };
	char path[128], body[256];

	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world->partnership);
	for (int i = 0; i < MEMBERS; i++) {
		json_t *created;

		snprintf(body, sizeof(body), "{\"label\":\"c%02d\",\"sector\":\"%s\",\"role\":\"%s\"}",
			 i, sectors[(i / 5) % 5], roles[i % 5]);
		created = expect("POST", path, world->admin, body, 201);
		copy_id(created, members[i]);
		json_decref(created);
	}
}

Test(contention, revisions_of_one_wave_never_fail_and_totals_stay_exact)
{
	static struct client clients[CLIENTS];
	static char members[MEMBERS][40];
	pthread_t threads[CLIENTS];
	struct world world;
	char sql[256];

	world_build(&world);
	contention_members(&world, members);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	for (int i = 0; i < CLIENTS; i++) {
		clients[i] = (struct client){ world.coordinator, world.wave, members, 1000u + (unsigned)i,
					      { 0 } };
		cr_assert_eq(pthread_create(&threads[i], NULL, contention_client, &clients[i]), 0);
	}
	for (int i = 0; i < CLIENTS; i++)
		pthread_join(threads[i], NULL);
	for (int i = 0; i < CLIENTS; i++) {
		for (int r = 0; r < REVISIONS_EACH; r++)
			cr_assert(clients[i].statuses[r] == 200 || clients[i].statuses[r] == 201,
				  "client %d, request %d: status %ld", i, r, clients[i].statuses[r]);
	}
	cr_assert_eq(metric_value(world.admin, "cacd_db_rollback_retries_total"), 0,
		     "a statement lost a deadlock or serialization race");
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM wave_totals WHERE wave_id = '%s'"
		 " AND grouping <> 'all' AND n_responses > 0", world.wave);
	assert_query(sql, "10");  /* 5 roles and 5 sectors of the 60, the world's own 3 aside */
	assert_totals_recomputed(world.wave);
	world_free(&world);
}
