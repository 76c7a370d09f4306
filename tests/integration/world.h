/* A small world for the resource tests: a neighbourhood, two partnerships
 * (one the coordinator's, one outside its scope), members and waves, and a
 * token of every role. Everything is created through the API. */
#ifndef CACD_TEST_WORLD_H
#define CACD_TEST_WORLD_H

#include "harness.h"

struct world {
	char *admin, *coordinator, *viewer, *respondent;
	char neighbourhood[40];
	char partnership[40], other_partnership[40];
	char member[40], second_member[40], other_member[40];
	char wave[40], other_wave[40], scheduled_wave[40];
	char respondent_member[40];
	char municipality[8];
};

void world_build(struct world *world);
void world_free(struct world *world);

/* Sends a request, asserts the status, returns the parsed body (caller
 * decrefs; NULL when the body is empty). */
json_t *expect(const char *method, const char *path, const char *token, const char *body,
	       long status);
/* The first object of array whose string field key equals value, or NULL. */
json_t *find_entry(const json_t *array, const char *key, const char *value);
/* Copies the "id" of a JSON object into out. */
void copy_id(const json_t *object, char out[40]);
/* A fresh municipality code, so tests that filter by it see only their data. */
void unique_municipality(char out[8]);

/* A new member of the partnership, with the label given or a made-up one;
 * returns its id (caller frees). */
char *world_member_add(const char *token, const char *partnership, const char *label,
		       const char *sector, const char *role);
/* Claims an invitation code (201 asserted); the member's session token,
 * which the caller frees. */
char *world_claim(const char *code);
/* PUT of a member's response, asserting the status. */
void world_answer(const char *token, const char *wave, const char *member, const char *body,
		  long status);

/* A closed round of eight, entered by the admin: members 0, 2, 4, 6
 * coproducers (citizen), 1, 3, 5, 7 professionals (welfare), member i
 * answering answers(i) (a response body). The wave's id goes to wave. */
typedef void (*world_answers)(int member, char *body, size_t size);
void world_closed_round(const struct world *world, const char *label, const char *day,
			world_answers answers, char wave[40]);

/* Asserts that a wave's running totals (wave_totals) equal a recomputation
 * from the stored raw answers, written apart from sql/functions: the scale
 * conversion, the grouping, the dimension means and each respondent's
 * overall mean all done here again. */
void assert_totals_recomputed(const char *wave_id);

#endif
