/* The reply cache: copies in and out, its byte budget, oldest first out. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "reply_cache.h"

static struct reply_key key_of(unsigned char first, unsigned char second)
{
	struct reply_key key;

	memset(&key, 0, sizeof(key));
	key.digest[0] = first;
	key.digest[1] = second;
	key.digest[31] = 7;
	return key;
}

static void keep(struct reply_key key, size_t length)
{
	char *body = malloc(length);
	struct reply reply = { "text/plain", body, length, "\"t\"", 42 };

	memset(body, 'x', length);
	reply_cache_keep(&key, &reply);
	free(body);
}

static bool found(struct reply_key key)
{
	struct reply reply;

	if (!reply_cache_find(&key, &reply))
		return false;
	free(reply.body);
	return true;
}

TestSuite(reply_cache, .fini = reply_cache_teardown);

Test(reply_cache, finds_a_copy_of_what_it_kept_under_that_key_only)
{
	struct reply_key key = key_of(1, 2), other = key;
	struct reply reply;

	reply_cache_setup(1 << 20);
	keep(key, 100);
	cr_assert(reply_cache_find(&key, &reply));
	cr_assert_eq(reply.length, 100);
	cr_assert_str_eq(reply.content_type, "text/plain");
	cr_assert_str_eq(reply.etag, "\"t\"");
	cr_assert_eq(reply.modified, 42);
	cr_assert_eq(reply.body[99], 'x');
	free(reply.body);
	/* the same slot, another digest */
	other.digest[31] = 8;
	cr_assert_not(found(other));
}

Test(reply_cache, keeps_within_its_budget_dropping_the_oldest)
{
	struct reply_cache_counters counters;

	reply_cache_setup(8000);
	for (unsigned char i = 0; i < 10; i++)
		keep(key_of(0, i), 1000);  /* an eighth each: eight fit */
	reply_cache_counters_read(&counters);
	cr_assert_leq(counters.bytes, 8000);
	cr_assert_not(found(key_of(0, 0)));
	cr_assert_not(found(key_of(0, 1)));
	for (unsigned char i = 2; i < 10; i++)
		cr_assert(found(key_of(0, i)), "reply %d was dropped", i);
	keep(key_of(1, 0), 1001);  /* over an eighth: not kept at all */
	cr_assert_not(found(key_of(1, 0)));
	cr_assert(found(key_of(0, 2)));
}

Test(reply_cache, keeps_nothing_with_a_budget_of_zero)
{
	reply_cache_setup(0);
	keep(key_of(3, 3), 10);
	cr_assert_not(found(key_of(3, 3)));
}
