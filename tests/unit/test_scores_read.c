/* The binary array reader behind the score views, on bytes built here by
 * hand in PostgreSQL's array_send layout. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "scores_read.h"

static size_t put32(unsigned char *at, uint32_t value)
{
	at[0] = (unsigned char)(value >> 24);
	at[1] = (unsigned char)(value >> 16);
	at[2] = (unsigned char)(value >> 8);
	at[3] = (unsigned char)value;
	return 4;
}

/* ndim 1, flags, element type, length, lower bound 1 */
static size_t header(unsigned char *at, uint32_t type, uint32_t count, uint32_t nulls)
{
	size_t used = put32(at, 1);

	used += put32(at + used, nulls);
	used += put32(at + used, type);
	used += put32(at + used, count);
	return used + put32(at + used, 1);
}

Test(scores_read, int4_vector_with_a_null)
{
	unsigned char bytes[64];
	double out[8] = { 0 };
	size_t used = header(bytes, 23, 3, 1);

	used += put32(bytes + used, 4);
	used += put32(bytes + used, 7);
	used += put32(bytes + used, UINT32_MAX);
	used += put32(bytes + used, 4);
	used += put32(bytes + used, (uint32_t)-2);
	cr_assert_eq(scores_vector_parse(bytes, used, out, 7), 3);
	cr_assert_eq(out[1], 7.0);
	cr_assert_eq(out[2], 0.0);
	cr_assert_eq(out[3], -2.0);
}

Test(scores_read, float8_vector_keeps_every_bit)
{
	unsigned char bytes[64];
	double out[4] = { 0 }, value = 66.66666666666667;
	uint64_t bits;
	size_t used = header(bytes, 701, 1, 0);

	memcpy(&bits, &value, sizeof(bits));
	used += put32(bytes + used, 8);
	used += put32(bytes + used, (uint32_t)(bits >> 32));
	used += put32(bytes + used, (uint32_t)bits);
	cr_assert_eq(scores_vector_parse(bytes, used, out, 3), 1);
	cr_assert(out[1] == value);
}

Test(scores_read, refuses_what_is_not_a_short_vector)
{
	unsigned char bytes[64];
	double out[4];
	size_t used = header(bytes, 23, 5, 0);

	cr_assert_eq(scores_vector_parse(bytes, used, out, 3), -1, "longer than max");
	used = header(bytes, 25, 1, 0);  /* text elements */
	cr_assert_eq(scores_vector_parse(bytes, used + 8, out, 3), -1);
	used = header(bytes, 23, 2, 0);
	used += put32(bytes + used, 4);
	used += put32(bytes + used, 1);
	cr_assert_eq(scores_vector_parse(bytes, used, out, 3), -1, "truncated");
	put32(bytes, 2);
	cr_assert_eq(scores_vector_parse(bytes, used, out, 3), -1, "two dimensions");
	put32(bytes, 0);
	cr_assert_eq(scores_vector_parse(bytes, 12, out, 3), 0, "empty array");
}
