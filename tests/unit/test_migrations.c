/* A migration that has landed never changes: deployed databases hold its
 * checksum, and `cacd migrate` stops on a mismatch. This table holds the
 * checksum of every landed migration, so editing one fails `make test`
 * here, long before it reaches a database. A new migration is added to the
 * table in the commit that adds it (the failure message gives the line). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "crypto.h"
#include "embedded.h"
#include "queries.h"

static const struct {
	const char *name;
	const char *sha256;
} landed[] = {
	{ "001_schema.sql", "901d48ad976e90939a6a8808674231029524d521eab1d65aac676a40650e7aca" },
	{ "002_instrument_cac.sql", "5ff25d82fa25c8ab39bf68d76600c0dab919dbed3b65aa35560e6d96dfbeff79" },
	{ "003_resources.sql", "57eb9ab214fd23fa2f7b0c58858a4a6334d86126356ddce68286cad74012b670" },
	{ "004_score_totals.sql", "963e603bbfd9225fc1404c3048f962340c141a6e120486c764c859d383355d2f" },
	{ "005_score_reads.sql", "e5c2bac51931b0e00f6b46720aa9f515c89e61dab9ea845e3ba0121a40597cb7" },
	{ "006_answer_vectors.sql", "d29514834ae7a957c0f32b69f163e3f73dd76192013ae7198fef5f0580f6e376" },
	{ "007_metrics_role.sql", "5ea00748ee63892bfe3a8e8d1b87470499424151941ad263dad7a4bc052a3d28" },
	{ "008_wave_changes.sql", "f9080dba9467e6fb214d70cf7d6c179e2a07192e5a556aefeacc39483b2759d0" },
	{ "009_paper_rounds.sql", "fcd439ebc3f49a5d62787c518e133f0d422d1398daefbc5a2391b86730e74d3f" },
	{ "010_audit_log.sql", "6cf9766b6267aac3b22e0e2396783ff34a314bdc44a4f212d04a71f621198406" },
	{ "011_overall_spread.sql", "daab42f74708bb41d6940676ed2c2f791656c6fabd8824b990d5ba6872a3d2a8" },
	{ "012_audit_order.sql", "332a5553dca40069f7fe78c9732eb74bf85d97685046e691b684e2f763a69d45" },
	{ "013_invitation_codes.sql", "2c7fbe9db7ce13736706acfafab62070de8a2f21e96e41f3b759a06bb83611fc" },
	{ "014_form.sql", "c06ead3a0dac0a2c0b63348789c6c59baa28b970d48a29e20d9cf8cb1b2c174d" },
	{ "015_drop_replaced_functions.sql", "111780e892c970a6995485e7bbb298734111031ea1872dea1af7668ad023162e" },
};

Test(migrations, landed_migrations_are_unchanged_and_listed)
{
	cr_assert_geq(embedded_migrations_count, sizeof(landed) / sizeof(landed[0]),
		      "a landed migration is missing from sql/migrations");
	for (size_t i = 0; i < embedded_migrations_count; i++) {
		const struct embedded_file *file = &embedded_migrations[i];
		char checksum[CRYPTO_SHA256_HEX_SIZE];

		crypto_sha256_hex(file->text, file->length, checksum);
		cr_assert(i < sizeof(landed) / sizeof(landed[0]),
			  "%s is not in tests/unit/test_migrations.c; add\n\t{ \"%s\", \"%s\" },",
			  file->name, file->name, checksum);
		cr_assert_str_eq(file->name, landed[i].name, "migration %zu is %s, not %s", i + 1,
				 file->name, landed[i].name);
		cr_assert_str_eq(checksum, landed[i].sha256,
				 "%s has changed since it landed; add a new migration instead",
				 file->name);
	}
}

Test(migrations, every_statement_counts_its_parameters)
{
	for (size_t i = 0; i < queries_count; i++) {
		const struct db_statement *statement = queries_all[i];
		char placeholder[16];

		snprintf(placeholder, sizeof(placeholder), "$%d", statement->parameters + 1);
		cr_assert(strstr(statement->sql, placeholder) == NULL, "%s uses %s", statement->name,
			  placeholder);
		if (statement->parameters > 0) {
			snprintf(placeholder, sizeof(placeholder), "$%d", statement->parameters);
			cr_assert(strstr(statement->sql, placeholder) != NULL, "%s", statement->name);
		}
	}
}
